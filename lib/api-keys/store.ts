import 'server-only';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { ROLES, type Role } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { apiKeys, type ApiKeyRow } from '@/lib/db/schema';
import { ActionError } from '@/lib/errors/action-error';
import { hashApiKey, looksLikeApiKey, newApiKey } from './key-format';
import type { CreateApiKeyInput } from './schema';

/** A key as the keys page lists it: never the key or its hash. */
export type ApiKeyView = Omit<ApiKeyRow, 'hash'> & { state: 'active' | 'expired' | 'revoked' };

/** Who a valid key acts as. */
export interface ApiKeyPrincipal {
  id: number;
  name: string;
  role: Role;
  environments: string[];
}

const rank = (r: string) => ROLES.length - ROLES.indexOf(r as Role); // admin > support

/** Creates a key with a role no higher than its creator's; returns the key itself, the only time it exists. */
export async function createApiKey(
  input: CreateApiKeyInput,
  creator: { email: string; role: Role },
  now = Date.now(),
): Promise<{ id: number; name: string; key: string; prefix: string; expiresAt: Date }> {
  if (rank(input.role) > rank(creator.role))
    throw new ActionError(`Your role (${creator.role}) cannot create a key with the role ${input.role}`, {
      role: ['Choose a role no higher than your own'],
    });
  const { key, prefix, hash } = newApiKey();
  const expiresAt = new Date(now + input.expiresInDays * 86_400_000);
  const { db } = await getDb();
  try {
    const [row] = await db
      .insert(apiKeys)
      .values({
        name: input.name,
        prefix,
        hash,
        role: input.role,
        environments: [...new Set(input.environments)].sort(),
        createdBy: creator.email,
        expiresAt,
      })
      .returning({ id: apiKeys.id });
    return { id: row!.id, name: input.name, key, prefix, expiresAt };
  } catch (err) {
    if (/api_keys_live_name_idx|unique/i.test(String((err as Error).message)))
      throw new ActionError(`A key named ${input.name} already exists: revoke it or choose another name`, {
        name: ['This name is taken by a live key'],
      });
    throw err;
  }
}

export async function listApiKeys(now = Date.now()): Promise<ApiKeyView[]> {
  const { db } = await getDb();
  const rows = await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).limit(500);
  return rows.map(({ hash: _hash, ...view }) => ({
    ...view,
    state: view.revokedAt ? 'revoked' : view.expiresAt.getTime() <= now ? 'expired' : 'active',
  }));
}

/** Revokes a key for every console instance at once (every call checks this table). */
export async function revokeApiKey(id: number, by: string): Promise<{ name: string }> {
  const { db } = await getDb();
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date(), revokedBy: by })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ name: apiKeys.name });
  if (!row) throw new ActionError('This key does not exist or is already revoked', undefined, undefined, 404);
  return row;
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
