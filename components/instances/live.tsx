'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveConfigInstances = livePanel(() =>
  import('./config-instances').then((m) => m.ConfigInstances),
);
export const LiveInstanceUrlCard = livePanel(() =>
  import('./instance-url-card').then((m) => m.InstanceUrlCard),
);
