'use client';

import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/states';

/*
 * The review of a change (the effective diff against every catalog involved, who it affects) shows only once a
 * person asks for it: a save's review, a rollback's, or a conflict report. Its code is fetched then.
 */
export const LazyChangeReview = dynamic(() => import('./change-review').then((m) => m.ChangeReview), {
  ssr: false,
  loading: () => <Skeleton className="h-24" />,
});

export const LazyResolvedDiff = dynamic(() => import('./change-review').then((m) => m.ResolvedDiff), {
  ssr: false,
  loading: () => <Skeleton className="h-16" />,
});
