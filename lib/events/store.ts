import 'server-only';
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbHandle } from '@/lib/db/client';
import { inEnvironment } from '@/lib/db/environment-filter';
import { parseKeysetCursor } from '@/lib/db/keyset';
import { accountEvents, type AccountEventRow } from '@/lib/db/schema';
import type { AccountEvent } from './envelope';
import type { AccountEventType } from './event-types';

/**
 * The `account_events` table: one row per webhook event, keyed by the event id so a redelivery stores
 * nothing. Only the whitelisted columns below are written (never tokens or authorization details). Old
 * events are pruned on insert, at most once an hour per process, so retention costs nothing per request.
 */

const PRUNE_EVERY_MS = 3_600_000;
const lastPrune = new WeakMap<DbHandle, number>();

export async function storeEvent(
  event: AccountEvent,
  opts: { handle?: DbHandle; retentionDays: number; environment?: string },
): Promise<{ stored: boolean }> {
  const handle = opts.handle ?? (await getDb());
  const rows = await handle.db
    .insert(accountEvents)
    .values({
      eventId: event.id,
      type: event.type,
      identifier: event.data.identifier,
      connectionName: event.data.connection_name,
      connector: event.data.provider,
      connectedAccountId: event.data.id,
      oldStatus: event.data.old_status ?? null,
      status: event.data.status ?? null,
      occurredAt: new Date(event.occurred_at),
      environment: opts.environment ?? null,
    })
    .onConflictDoNothing({ target: accountEvents.eventId })
    .returning({ id: accountEvents.id });
  const last = lastPrune.get(handle) ?? 0;
  if (Date.now() - last >= PRUNE_EVERY_MS) {
    lastPrune.set(handle, Date.now());
    await pruneEvents({ handle, retentionDays: opts.retentionDays }).catch((err: unknown) =>
      console.error(`events: pruning failed: ${(err as Error).message}`),
    );
  }
  return { stored: rows.length > 0 };
}

/** Deletes events that occurred more than `retentionDays` ago; returns how many. */
export async function pruneEvents(opts: { handle?: DbHandle; retentionDays: number }): Promise<number> {
  const { db } = opts.handle ?? (await getDb());
  const cutoff = new Date(Date.now() - opts.retentionDays * 86_400_000);
  const rows = await db
    .delete(accountEvents)
    .where(lt(accountEvents.occurredAt, cutoff))
    .returning({ id: accountEvents.id });
  return rows.length;
}

export const EVENTS_PAGE_SIZE = 50;

function cursorAfter(cursor: string | undefined): SQL | undefined {
  const parsed = parseKeysetCursor(cursor);
  if (!parsed) return undefined;
  const { at, id } = parsed;
  return or(
    lt(accountEvents.occurredAt, at),
    and(eq(accountEvents.occurredAt, at), lt(accountEvents.id, id)),
  );
}

async function page(
  where: (SQL | undefined)[],
  limit: number,
  handle: DbHandle | undefined,
): Promise<{ events: AccountEventRow[]; nextCursor: string | null }> {
  const { db } = handle ?? (await getDb());
  const rows = await db
    .select()
    .from(accountEvents)
    .where(and(...where))
    .orderBy(desc(accountEvents.occurredAt), desc(accountEvents.id))
    .limit(limit + 1);
  const events = rows.slice(0, limit);
  const last = events[events.length - 1];
  return {
    events,
    nextCursor: rows.length > limit && last ? `${last.occurredAt.getTime()}_${last.id}` : null,
  };
}

/** One user's timeline, newest first, keyset-paged; optionally one connection and some event types. */
export function listUserEvents(
  f: {
    identifier: string;
    connectionName?: string;
    types?: AccountEventType[];
    cursor?: string;
    environment?: string;
  },
  opts: { limit?: number; handle?: DbHandle } = {},
) {
  return page(
    [
      f.environment ? inEnvironment(accountEvents.environment, f.environment) : undefined,
      eq(accountEvents.identifier, f.identifier),
      f.connectionName ? eq(accountEvents.connectionName, f.connectionName) : undefined,
      f.types?.length ? inArray(accountEvents.type, f.types) : undefined,
      cursorAfter(f.cursor),
    ],
    Math.min(opts.limit ?? EVENTS_PAGE_SIZE, 200),
    opts.handle,
  );
}

/**
 * Recent events across all users since a time: those of the given types, plus status changes into the given
 * statuses. The home page's "what went wrong lately" is `recentProblemEvents`.
 */
export async function listRecentEvents(
  f: { since: Date; types?: AccountEventType[]; statuses?: string[]; environment?: string },
  opts: { limit?: number; handle?: DbHandle } = {},
): Promise<AccountEventRow[]> {
  const match = or(
    f.types?.length ? inArray(accountEvents.type, f.types) : undefined,
    f.statuses?.length
      ? and(
          eq(accountEvents.type, 'connected_account.status_updated'),
          inArray(accountEvents.status, f.statuses),
        )
      : undefined,
  );
  if (!match) return [];
  const { events } = await page(
    [
      f.environment ? inEnvironment(accountEvents.environment, f.environment) : undefined,
      gte(accountEvents.occurredAt, f.since),
      match,
    ],
    opts.limit ?? 50,
    opts.handle,
  );
  return events;
}

/** Expired accounts and failed token refreshes in the last 24 hours, newest first. */
export function recentProblemEvents(
  opts: { limit?: number; handle?: DbHandle; now?: number; environment?: string } = {},
) {
  return listRecentEvents(
    {
      since: new Date((opts.now ?? Date.now()) - 86_400_000),
      types: ['connected_account.token_refresh_failed'],
      statuses: ['EXPIRED'],
      environment: opts.environment,
    },
    opts,
  );
}

/** Number of stored events; for tests and diagnostics. */
export async function countEvents(handle?: DbHandle): Promise<number> {
  const { db } = handle ?? (await getDb());
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(accountEvents);
  return row.n;
}
