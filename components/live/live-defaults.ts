import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { userKeys } from '@/components/accounts/queries';
import { connectKeys } from '@/components/connect-links/queries';
import { connectionKeys } from '@/components/connections/queries';
import { readinessKeys } from '@/components/readiness/queries';
import { isReady } from '@/lib/readiness/is-ready';
import type { AccountStatus } from '@/lib/scalekit/types';
import { nextPollDelay } from './poll-policy';
import { onPushChange, pushConnected } from './push-state';
import { pollFloorMs } from './switches';

/** Queries whose data is auth state the page waits on: polled by the one rule. */
const AUTH_STATE: QueryKey[] = [userKeys.accountsOfEveryone(), connectKeys.all];
/** Lists built from a snapshot the server shares between viewers: refreshed on a slow timer. */
const SNAPSHOTS: QueryKey[] = [readinessKeys.grids(), connectionKeys.all];
export const SNAPSHOT_REFRESH_MS = 30_000;
const AUTH_STATE_STALE_MS = 10_000;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** The statuses a live query's page waits on (`meta.watch`, set by the feature that shows them). */
export function watchedStatuses(query: Pick<Query, 'state' | 'meta'>): (AccountStatus | null)[] {
  const watch = query.meta?.watch as ((data: unknown) => (AccountStatus | null)[]) | undefined;
  return query.state.data !== undefined && watch ? watch(query.state.data) : [];
}

/** When an auth-state query asks again: `nextPollDelay` over what its page watches and the push stream. */
export function authStateDelay(query: Pick<Query, 'state' | 'meta'>): number | false {
  return nextPollDelay({
    statuses: query.state.data === undefined ? [null] : watchedStatuses(query),
    failureCount: query.state.fetchFailureCount,
    hidden: hidden(),
    pushConnected: pushConnected(),
    minIntervalMs: pollFloorMs(),
  });
}

/**
 * The live layer configures the client rather than every feature calling it: features declare keys, fetchers
 * and what they watch, and these defaults (matched by key prefix) decide when each refetches. So features never
 * import the live layer, and its invalidation map can import their key factories without a cycle.
 */
export function applyLiveDefaults(qc: QueryClient) {
  for (const key of AUTH_STATE) {
    qc.setQueryDefaults(key, {
      // What the server rendered stays fresh a while: mounting the page asks nothing again (polling, push and
      // focus take over from there).
      staleTime: AUTH_STATE_STALE_MS,
      retry: false, // the rule backs off instead
      refetchIntervalInBackground: false,
      refetchInterval: authStateDelay,
      // Back to a tab that waits on someone: check at once, however fresh the last answer.
      refetchOnWindowFocus: (query) => (isReady(watchedStatuses(query)) ? true : 'always'),
    });
  }
  for (const key of SNAPSHOTS) qc.setQueryDefaults(key, { refetchInterval: SNAPSHOT_REFRESH_MS });
  // The push stream opening or dropping changes the interval at once, not after the next fetch: observers
  // recompute their interval when their options are set again.
  return onPushChange(() => {
    for (const key of AUTH_STATE)
      for (const query of qc.getQueryCache().findAll({ queryKey: key }))
        for (const observer of query.observers) observer.setOptions(observer.options);
  });
}
