import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { getDb, type DbHandle } from '@/lib/db/client';
import { inEnvironment } from '@/lib/db/environment-filter';
import { parseKeysetCursor } from '@/lib/db/keyset';
import type { LedgerFilters } from '@/lib/tokens/ledger-filters';
import { containsText } from '@/lib/db/text-match';
import { tokenLedger, type TokenLedgerRow } from '@/lib/db/schema';
import { createDbWindowLimiter } from '@/lib/limits/window-limiter';

export const MINTS_PER_MINUTE = 10;

/** Per operator, in the database: one atomic take per mint, so concurrent mints cannot pass the limit. */
export const mintLimiter = createDbWindowLimiter({ name: 'mint', limit: MINTS_PER_MINUTE, windowMs: 60_000 });

export type LedgerEntry = Omit<TokenLedgerRow, 'id' | 'at' | 'environment'> & { environment?: string | null };

export async function recordMint(entry: LedgerEntry): Promise<void> {
  const { db } = await getDb();
  await db.insert(tokenLedger).values(entry);
}

export async function listLedger(
  f: LedgerFilters & { environment?: string },
  limit = 25,
  handle?: DbHandle,
): Promise<{ entries: TokenLedgerRow[]; nextCursor: string | null }> {
  const { db } = handle ?? (await getDb());
  const where: SQL[] = [];
  if (f.environment) where.push(inEnvironment(tokenLedger.environment, f.environment));
  // Text filters match part of the value, in any case: people type "alice" or "email", not whole values.
  if (f.operator) where.push(containsText(tokenLedger.operatorEmail, f.operator));
  if (f.identifier) where.push(containsText(tokenLedger.identifier, f.identifier));
  if (f.config) where.push(containsText(tokenLedger.configName, f.config));
  if (f.accessLevel) where.push(eq(tokenLedger.accessLevel, f.accessLevel));
  if (f.from) where.push(gte(tokenLedger.at, f.from));
  const cursor = parseKeysetCursor(f.cursor);
  if (cursor) {
    const { at, id } = cursor;
    where.push(or(lt(tokenLedger.at, at), and(eq(tokenLedger.at, at), lt(tokenLedger.id, id)))!);
  }
  const rows = await db
    .select()
    .from(tokenLedger)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(tokenLedger.at), desc(tokenLedger.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit);
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > limit && last ? `${last.at.getTime()}_${last.id}` : null };
}
