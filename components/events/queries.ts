import { infiniteQueryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { TimelineKind, TimelinePage } from '@/lib/events/timeline';

export interface TimelineFilter {
  connection: string;
  kind: TimelineKind | '';
}

export const NO_TIMELINE_FILTER: TimelineFilter = { connection: '', kind: '' };

export const eventKeys = {
  all: ['events'] as const,
  timelinesOf: (identifier: string) => [...eventKeys.all, 'timeline', identifier] as const,
  timeline: (identifier: string, f: TimelineFilter) =>
    [...eventKeys.timelinesOf(identifier), f.connection, f.kind] as const,
};

/** A user's account events, newest first, a page at a time (refetched when a pushed event names the user). */
export const timelineQuery = (identifier: string, f: TimelineFilter) =>
  infiniteQueryOptions({
    queryKey: eventKeys.timeline(identifier, f),
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      getJson<TimelinePage>(
        `/api/users/${encodeURIComponent(identifier)}/events?${new URLSearchParams({
          ...(f.connection ? { connection: f.connection } : {}),
          ...(f.kind ? { kind: f.kind } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
