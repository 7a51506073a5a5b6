import 'server-only';
import type { AccountEventRow } from '@/lib/db/schema';
import { listUserEvents, recentProblemEvents } from './store';
import { TIMELINE_KINDS, type TimelineEvent, type TimelineKind, type TimelinePage } from './timeline';

/** Only the columns a page shows, with the time as ISO text. */
export const toTimelineEvent = (r: AccountEventRow): TimelineEvent => ({
  id: r.eventId,
  type: r.type,
  identifier: r.identifier,
  connectionName: r.connectionName,
  connector: r.connector,
  oldStatus: r.oldStatus,
  status: r.status,
  occurredAt: r.occurredAt.toISOString(),
});

export const TIMELINE_PAGE_SIZE = 20;

export async function loadUserTimeline(f: {
  environment: string;
  identifier: string;
  connection?: string;
  kind?: TimelineKind;
  cursor?: string;
}): Promise<TimelinePage> {
  const { events, nextCursor } = await listUserEvents(
    {
      identifier: f.identifier,
      connectionName: f.connection || undefined,
      types: f.kind ? [...TIMELINE_KINDS[f.kind]] : undefined,
      cursor: f.cursor,
      environment: f.environment,
    },
    { limit: TIMELINE_PAGE_SIZE },
  );
  return { events: events.map(toTimelineEvent), nextCursor };
}

export async function loadRecentProblems(environment: string, limit = 10): Promise<TimelineEvent[]> {
  return (await recentProblemEvents({ limit, environment })).map(toTimelineEvent);
}
