'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { RelativeTime } from '@/components/ui/relative-time';
import { EmptyState, ErrorState } from '@/components/ui/states';
import {
  connectionLabel,
  describeEvent,
  isProblemEvent,
  TIMELINE_KIND_LABELS,
  TIMELINE_KINDS,
  type TimelineKind,
} from '@/lib/events/timeline';
import { timelineQuery } from './queries';
import { clockTime } from '@/components/ui/date-formats';

const clock = (iso: string) => clockTime.format(new Date(iso));

/**
 * A user's connection history from the console's own record of Scalekit's webhooks, newest first: what
 * answers "why did my agent stop working yesterday?". The page prefetches the unfiltered first page; the live
 * layer refetches it when a pushed event names this user.
 */
export function UserTimeline({ identifier, connections }: { identifier: string; connections: string[] }) {
  const [connection, setConnection] = useState('');
  const [kind, setKind] = useState<TimelineKind | ''>('');
  const q = useInfiniteQuery(timelineQuery(useEnvironment(), identifier, { connection, kind }));
  const events = q.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <Card className="mt-6" data-testid="user-timeline">
      <CardHeader
        title="Timeline"
        description="Connection events Scalekit reported for this user, newest first."
        action={
          <div className="flex flex-wrap gap-2">
            <Select
              aria-label="Connection"
              value={connection}
              onChange={(e) => setConnection(e.target.value)}
            >
              <option value="">All connections</option>
              {[...new Set(connections)].sort().map((c) => (
                <option key={c} value={c}>
                  {connectionLabel({ connectionName: c, connector: '' })}
                </option>
              ))}
            </Select>
            <Select
              aria-label="Event type"
              value={kind}
              onChange={(e) => setKind(e.target.value as TimelineKind | '')}
            >
              <option value="">All events</option>
              {(Object.keys(TIMELINE_KINDS) as TimelineKind[]).map((k) => (
                <option key={k} value={k}>
                  {TIMELINE_KIND_LABELS[k]}
                </option>
              ))}
            </Select>
          </div>
        }
      />
      {q.isError ? (
        <ErrorState
          title="Could not load the timeline"
          message={q.error.message}
          retry={() => void q.refetch()}
        />
      ) : q.isPending ? (
        <p className="px-5 py-4 text-sm text-zinc-500">Loading…</p>
      ) : events.length === 0 ? (
        <EmptyState
          title="No events yet"
          description="Events appear here once Scalekit sends them to this console's webhook."
        />
      ) : (
        <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {events.map((e) => (
            <li key={e.id} className="flex items-baseline justify-between gap-4 px-5 py-2.5 text-sm">
              <span className={isProblemEvent(e) ? 'text-red-700 dark:text-red-400' : undefined}>
                {describeEvent(e)} · {clock(e.occurredAt)}
              </span>
              <span className="shrink-0 text-xs text-zinc-500">
                <RelativeTime iso={e.occurredAt} past />
              </span>
            </li>
          ))}
        </ol>
      )}
      {q.hasNextPage && (
        <div className="border-t border-zinc-100 px-5 py-3 dark:border-zinc-800">
          <Button
            variant="secondary"
            size="sm"
            loading={q.isFetchingNextPage}
            onClick={() => void q.fetchNextPage()}
          >
            Older events
          </Button>
        </div>
      )}
    </Card>
  );
}
