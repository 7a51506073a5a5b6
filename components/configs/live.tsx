'use client';

import { livePanel } from '@/components/ui/live-panel';

// Fetched when the page hydrates, not with its first load: see livePanel.
export const LiveConfigEditor = livePanel(() => import('./config-editor').then((m) => m.ConfigEditor));
