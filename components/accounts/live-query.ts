import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { pollFloorMs } from '@/components/events/live-params';
import { nextPollDelay } from '@/lib/accounts/poll-policy';

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Live auth state, polled by the one rule (`nextPollDelay`): while something watched is not ACTIVE, never from
 * a hidden tab, backing off on errors, stopping when all is ACTIVE. Used by the user page and the end user's
 * connect page, so both follow the same rule.
 */
export function liveQueryOptions<T>(o: {
  queryKey: QueryKey;
  queryFn: () => Promise<T>;
  /** The statuses that matter on this page; polling stops exactly when they are all ACTIVE. */
  watched: (data: T) => (string | null)[];
  initialData?: T;
  /** The page's push stream is open (`useLiveEvents`): poll only as a slow safety net. */
  pushConnected?: boolean;
}) {
  return queryOptions({
    queryKey: o.queryKey,
    queryFn: o.queryFn,
    initialData: o.initialData,
    staleTime: 0, // coming back to the tab checks at once
    retry: false, // the poll interval does the backing off
    refetchIntervalInBackground: false,
    refetchInterval: (query) =>
      nextPollDelay({
        statuses: query.state.data ? o.watched(query.state.data as T) : [null],
        failureCount: query.state.fetchFailureCount,
        hidden: hidden(),
        pushConnected: o.pushConnected,
        minIntervalMs: pollFloorMs(),
      }),
  });
}
