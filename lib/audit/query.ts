import { and, desc, eq, gte, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import { inEnvironment } from '@/lib/db/environment-filter';
import { containsText } from '@/lib/db/text-match';
import { getDb, type DbHandle } from '@/lib/db/client';
import { parseKeysetCursor } from '@/lib/db/keyset';
import type { AuditFilters } from '@/lib/audit/filters';
import { auditLog, type AuditRow } from '@/lib/db/schema';

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, keyset-paged on (at, id) so pages stay fast and stable while entries arrive. */
export async function listAudit(
  f: AuditFilters,
  // onlyActor: an exact scope the caller enforces (support sees its own entries), unlike the `actor` filter
  // a person types, which matches part of an address.
  opts: { limit?: number; handle?: DbHandle; onlyActor?: string } = {},
): Promise<{ entries: AuditRow[]; nextCursor: string | null }> {
  const { db } = opts.handle ?? (await getDb());
  const limit = opts.limit ?? AUDIT_PAGE_SIZE;
  const where: SQL[] = [];
  if (opts.onlyActor !== undefined) where.push(eq(auditLog.actorEmail, opts.onlyActor.toLowerCase()));
  if (f.actor) where.push(containsText(auditLog.actorEmail, f.actor));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.target) where.push(containsText(auditLog.target, f.target));
  if (f.outcome) where.push(eq(auditLog.outcome, f.outcome));
  if (f.environment === 'console') where.push(isNull(auditLog.environment));
  else if (f.environment) where.push(inEnvironment(auditLog.environment, f.environment));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lte(auditLog.at, f.to));
  const cursor = parseKeysetCursor(f.cursor);
  if (cursor) {
    const { at, id } = cursor;
    where.push(or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, id)))!);
  }
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit);
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > limit && last ? `${last.at.getTime()}_${last.id}` : null };
}

export async function listAuditActions(handle?: DbHandle): Promise<string[]> {
  const { db } = handle ?? (await getDb());
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .limit(200);
  return rows.map((r) => r.action);
}
