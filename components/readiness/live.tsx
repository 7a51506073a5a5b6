'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveReadinessGrid = livePanel(() => import('./readiness-grid').then((m) => m.ReadinessGrid));
