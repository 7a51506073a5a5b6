'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveConnectionUsers = livePanel(() =>
  import('./connection-users').then((m) => m.ConnectionUsers),
);
