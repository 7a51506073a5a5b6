import 'server-only';
import { desc, max, sql } from 'drizzle-orm';
import { isRole, type Role } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { consoleSessions } from '@/lib/db/schema';
import { listEnvironments } from '@/lib/environments';
import { roleIn } from '@/lib/environments/roles';

/** People per page of the people page: the list is paged, never the whole table. */
export const PEOPLE_PAGE_SIZE = 50;

export interface Person {
  email: string;
  name: string;
  lastSeenAt: Date;
  /** Sessions that still work: not ended by an admin, not expired. */
  activeSessions: number;
  /** Their role in each environment, in display order, worked out now as their next request would. */
  roles: { environment: string; role: Role | null }[];
}

// The newest session decides the name and what roles are worked out from (the latest sign-in's claims).
const newest = <T>(
  column: typeof consoleSessions.name | typeof consoleSessions.localRole | typeof consoleSessions.claims,
) => sql<T>`(array_agg(${column} ORDER BY ${consoleSessions.lastSeenAt} DESC))[1]`;

/**
 * Everyone who has signed in and whose sessions the database still holds, most recently seen first, one page
 * (1-based) at a time. `more` says whether a next page exists.
 */
export async function listPeople(page: number): Promise<{ people: Person[]; more: boolean }> {
  const { db } = await getDb();
  const lastSeen = max(consoleSessions.lastSeenAt);
  const rows = await db
    .select({
      email: consoleSessions.email,
      name: newest<string>(consoleSessions.name),
      localRole: newest<string | null>(consoleSessions.localRole),
      claims: newest<Record<string, string[]> | null>(consoleSessions.claims),
      lastSeenAt: lastSeen,
      active: sql<number>`(count(*) FILTER (WHERE ${consoleSessions.revokedAt} IS NULL AND ${consoleSessions.expiresAt} > now()))::int`,
    })
    .from(consoleSessions)
    .groupBy(consoleSessions.email)
    .orderBy(desc(lastSeen), consoleSessions.email)
    .limit(PEOPLE_PAGE_SIZE + 1)
    .offset((page - 1) * PEOPLE_PAGE_SIZE);
  const environments = listEnvironments();
  const people = rows.slice(0, PEOPLE_PAGE_SIZE).map((r) => {
    const identity = {
      email: r.email,
      name: r.name,
      localRole: isRole(r.localRole) ? r.localRole : null,
      claims: r.claims ?? {},
    };
    return {
      email: r.email,
      name: r.name,
      lastSeenAt: r.lastSeenAt ?? new Date(0),
      activeSessions: Number(r.active),
      roles: environments.map((e) => ({ environment: e.name, role: roleIn(identity, e.name) })),
    };
  });
  return { people, more: rows.length > PEOPLE_PAGE_SIZE };
}
