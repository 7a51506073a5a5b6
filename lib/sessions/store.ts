import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { consoleSessions } from '@/lib/db/schema';

/** How long a sign-in lasts (the Auth.js session's lifetime). */
export const SESSION_HOURS = 12;
/** A revocation reaches every console instance within this (each caches a session's state this long). */
export const REVOCATION_DELAY_MS = 5_000;
const LAST_SEEN_EVERY_MS = 60_000;

/** A new session's id: random, never derived from the person, stored as is (it is not a credential alone). */
export const newSessionId = () => randomBytes(18).toString('base64url');

/**
 * Records a sign-in. The id goes into the signed session cookie; the database knows only that it exists. The
 * local role and role claims are kept so the people page can work out roles as the person's requests do.
 */
export async function recordSignIn(s: {
  id: string;
  email: string;
  name: string;
  provider: string;
  localRole?: string | null;
  claims?: Record<string, string[]>;
}) {
  const { db } = await getDb();
  await db.insert(consoleSessions).values({
    ...s,
    localRole: s.localRole ?? null,
    claims: s.claims ?? {},
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
  });
}

type State = { active: boolean; at: number };
// Per process: a request costs no database round trip while a session's state is under 5 s old.
const states = new Map<string, State>();

/**
 * Whether a session may still be used: it exists, has not expired and no admin ended it. Read from the database
 * at most every 5 s per session and instance, so an ended session is refused everywhere within 5 s. Also marks
 * the session seen (at most once a minute).
 */
export async function sessionIsActive(id: string, now = Date.now()): Promise<boolean> {
  const cached = states.get(id);
  if (cached && now - cached.at < REVOCATION_DELAY_MS) return cached.active;
  const { db } = await getDb();
  const [row] = await db
    .select({
      revokedAt: consoleSessions.revokedAt,
      expiresAt: consoleSessions.expiresAt,
      lastSeenAt: consoleSessions.lastSeenAt,
    })
    .from(consoleSessions)
    .where(eq(consoleSessions.id, id))
    .limit(1);
  if (row && now - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db
      .update(consoleSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(consoleSessions.id, id));
  }
  const active = !!row && !row.revokedAt && row.expiresAt.getTime() > now;
  if (states.size > 10_000) states.clear();
  states.set(id, { active, at: now });
  return active;
}

/**
 * Ends every open session of one person (all devices), or one session. Returns how many were ended. Their next
 * request anywhere is refused within REVOCATION_DELAY_MS.
 */
export async function endSessions(o: { email: string; id?: string; by: string }): Promise<number> {
  const { db } = await getDb();
  const rows = await db
    .update(consoleSessions)
    .set({ revokedAt: new Date(), revokedBy: o.by })
    .where(
      and(
        eq(consoleSessions.email, o.email),
        o.id ? eq(consoleSessions.id, o.id) : undefined,
        isNull(consoleSessions.revokedAt),
        gt(consoleSessions.expiresAt, new Date()),
      ),
    )
    .returning({ id: consoleSessions.id });
  for (const r of rows) states.delete(r.id);
  return rows.length;
}

/** Forgets sessions that expired long ago (called now and then, not on a hot path). */
export async function pruneSessions(olderThanDays = 30) {
  const { db } = await getDb();
  const before = new Date(Date.now() - olderThanDays * 86_400_000);
  await db
    .delete(consoleSessions)
    .where(or(lt(consoleSessions.expiresAt, before), lt(consoleSessions.revokedAt, before)));
}
