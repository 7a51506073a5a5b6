'use client';

import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { secondsAgo, useNow } from '@/components/ui/use-now';

/** Says whether the page is watching, when it last heard from Scalekit, and why it stopped or slowed down. */
export function LiveStatus({
  checkedAt,
  polling,
  error,
  fetching,
  onCheck,
  pushed = false,
}: {
  checkedAt: string;
  /** The push stream is open: changes arrive as they happen, polling is only the safety net. */
  pushed?: boolean;
  polling: number | false;
  error: string | null;
  fetching: boolean;
  onCheck: () => void;
}) {
  const now = useNow(1000);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="live-status">
      <span className="flex items-center gap-2">
        <span
          aria-hidden
          className={
            error
              ? 'size-2 rounded-full bg-red-500'
              : polling
                ? 'size-2 animate-pulse rounded-full bg-emerald-500'
                : 'size-2 rounded-full bg-zinc-400'
          }
        />
        {error ? (
          <span className="text-red-700 dark:text-red-400">
            Could not check: {error}.{' '}
            {polling
              ? `Retrying in ${Math.round(polling / 1000)}s.`
              : 'Retrying when you come back to the tab.'}
          </span>
        ) : polling ? (
          <span>
            {pushed ? 'Live: updates pushed, and checking' : 'Live: checking'} every{' '}
            {Math.round(polling / 1000)}s until everything is active
          </span>
        ) : (
          <span>Everything shown is active: live checks paused</span>
        )}
      </span>
      <span className="text-zinc-500" data-testid="last-checked">
        Last checked {now === null ? '…' : secondsAgo(checkedAt, now)}
      </span>
      <Button size="sm" variant="ghost" onClick={onCheck} loading={fetching} aria-label="Check now">
        <RefreshCw className="size-3.5" aria-hidden /> Check now
      </Button>
    </div>
  );
}
