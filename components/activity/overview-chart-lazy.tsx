'use client';

import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/states';

/** recharts is ~100 kB gzipped: fetched only when the overview renders, never part of a page's first load. */
export const LazyOverviewChart = dynamic(() => import('./overview-chart'), {
  ssr: false,
  loading: () => <Skeleton className="h-56" />,
});
