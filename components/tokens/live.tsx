'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveMintPanel = livePanel(() => import('./mint-panel').then((m) => m.MintPanel));
