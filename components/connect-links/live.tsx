'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveConnectView = livePanel(() => import('./connect-view').then((m) => m.ConnectView));
