'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveUserTimeline = livePanel(() => import('./user-timeline').then((m) => m.UserTimeline));
