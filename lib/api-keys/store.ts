import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { ROLES, type Role } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { apiKeys, type ApiKeyRow } from '@/lib/db/schema';
import { ActionError } from '@/lib/errors/action-error';
import { newApiKey } from '@/lib/auth/api-key-format';
import type { CreateApiKeyInput } from './schema';

/** A key as the keys page lists it: never the key or its hash. */
export type ApiKeyView = Omit<ApiKeyRow, 'hash'> & { state: 'active' | 'expired' | 'revoked' };

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
