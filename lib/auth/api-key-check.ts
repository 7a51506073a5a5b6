import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { apiKeys } from '@/lib/db/schema';
import { hashApiKey, looksLikeApiKey } from './api-key-format';
import type { Role } from './roles';

/** Who a valid key acts as. */
export interface ApiKeyPrincipal {
  id: number;
  name: string;
  role: Role;
  environments: string[];
}

export type KeyCheck =
  | { ok: true; key: ApiKeyPrincipal }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired'; name?: string; message: string };

/**
 * The key behind a bearer token, checked against the database on every call: no cache, so a key revoked on one
 * console instance is refused by all of them at once. Marks it used (at most once a minute).
 */
export async function authenticateApiKey(token: string, now = new Date()): Promise<KeyCheck> {
  const unknown = { ok: false as const, reason: 'unknown' as const, message: 'This API key is not valid' };
  if (!looksLikeApiKey(token)) return unknown;
  const { db } = await getDb();
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.hash, hashApiKey(token)))
    .limit(1);
  if (!row) return unknown;
  if (row.revokedAt)
    return {
      ok: false,
      reason: 'revoked',
      name: row.name,
      message: `The API key ${row.name} was revoked on ${row.revokedAt.toISOString()}; ask an admin for a new one`,
    };
  if (row.expiresAt.getTime() <= now.getTime())
    return {
      ok: false,
      reason: 'expired',
      name: row.name,
      message: `The API key ${row.name} expired on ${row.expiresAt.toISOString()}; ask an admin for a new one`,
    };
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - 60_000))),
      ),
    );
  return { ok: true, key: { id: row.id, name: row.name, role: row.role, environments: row.environments } };
}
