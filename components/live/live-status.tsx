'use client';

import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useCallback, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { secondsAgo, useNow } from '@/components/ui/use-now';
import { isReady } from '@/lib/readiness/is-ready';
import { authStateDelay, watchedStatuses } from './live-defaults';
import { onPushChange, pushConnected } from './push-state';

/** A live query's state as the status line needs it, re-read whenever the cache or the push stream changes. */
function useLiveQueryState(queryKey: QueryKey) {
  const qc = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offCache = qc.getQueryCache().subscribe(onChange);
      const offPush = onPushChange(onChange);
      return () => {
        offCache();
        offPush();
      };
    },
    [qc],
  );
  const snapshot = () => {
    const query = qc.getQueryCache().find({ queryKey, exact: true });
    if (!query) return undefined;
    // A string key: useSyncExternalStore compares snapshots by identity.
    return JSON.stringify({
      delay: authStateDelay(query),
      // The one rule over the rows on screen, not "polling stopped": a hidden tab stops polling too.
      allActive: query.state.data !== undefined && isReady(watchedStatuses(query)),
      pushed: pushConnected(),
      error: query.state.status === 'error' ? (query.state.error as Error).message : null,
      fetching: query.state.fetchStatus === 'fetching',
      checkedAt: (query.state.data as { checkedAt?: string } | undefined)?.checkedAt ?? null,
    });
  };
  const json = useSyncExternalStore(subscribe, snapshot, snapshot);
  return json
    ? (JSON.parse(json) as {
        delay: number | false;
        allActive: boolean;
        pushed: boolean;
        error: string | null;
        fetching: boolean;
        checkedAt: string | null;
      })
    : undefined;
}

/**
 * Says whether the page is watching a live query, when it last heard from Scalekit, and why it stopped or slowed
 * down, from the same rule that schedules the polling; "Check now" refetches it. Pages place it next to what the
 * query shows.
 */
export function LiveStatus({ queryKey }: { queryKey: QueryKey }) {
  const qc = useQueryClient();
  const state = useLiveQueryState(queryKey);
  const now = useNow(1000);
  if (!state) return null;
  const { delay, allActive, pushed, error, fetching, checkedAt } = state;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="live-status">
      <span className="flex items-center gap-2">
        <span
          aria-hidden
          className={
            error
              ? 'size-2 rounded-full bg-red-500'
              : delay
                ? 'size-2 animate-pulse rounded-full bg-emerald-500'
                : 'size-2 rounded-full bg-zinc-400'
          }
        />
        {error ? (
          <span className="text-red-700 dark:text-red-400">
            Could not check: {error}.{' '}
            {delay ? `Retrying in ${Math.round(delay / 1000)}s.` : 'Retrying when you come back to the tab.'}
          </span>
        ) : delay ? (
          <span>
            {pushed ? 'Live: updates pushed, and checking' : 'Live: checking'} every{' '}
            {Math.round(delay / 1000)}s until everything is active
          </span>
        ) : allActive ? (
          <span>Everything shown is active: live checks paused</span>
        ) : (
          <span>Not everything shown is active: live checks paused while this tab is hidden</span>
        )}
      </span>
      {checkedAt && (
        <span className="text-zinc-500" data-testid="last-checked">
          Last checked {now === null ? '…' : secondsAgo(checkedAt, now)}
        </span>
      )}
      <Button
        size="sm"
        variant="ghost"
        onClick={() => void qc.refetchQueries({ queryKey, exact: true })}
        loading={fetching}
        aria-label="Check now"
      >
        <RefreshCw className="size-3.5" aria-hidden /> Check now
      </Button>
    </div>
  );
}
