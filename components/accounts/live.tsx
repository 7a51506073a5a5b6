'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveUserSearch = livePanel(() => import('./user-search').then((m) => m.UserSearch));
export const LiveUserAccounts = livePanel(() => import('./user-accounts').then((m) => m.UserAccounts));
