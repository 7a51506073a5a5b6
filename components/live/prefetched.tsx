import { dehydrate, HydrationBoundary, QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export type PrefetchedEntry = readonly [key: QueryKey, data: unknown];

/** An infinite query's first page, as `useInfiniteQuery` keeps it. */
export const firstPage = <T,>(page: T, pageParam: unknown = '') => ({
  pages: [page],
  pageParams: [pageParam],
});

/**
 * Server side of the one data path: a page loads its data on the server (through `pageLoad`, so a failure is a
 * message in the page) and hands it to the browser's cache under the same keys the client components read, with
 * the time it was loaded. The components render it at once and do not fetch it again on mount; polling, push and
 * invalidation take over from there.
 */
export function Prefetched({
  entries,
  children,
}: {
  /** `false` for a part that failed to load: the component then shows its own error or loads it itself. */
  entries: (PrefetchedEntry | false)[];
  children: ReactNode;
}) {
  const qc = new QueryClient();
  for (const entry of entries) if (entry) qc.setQueryData(entry[0], entry[1]);
  return <HydrationBoundary state={dehydrate(qc)}>{children}</HydrationBoundary>;
}
