/**
 * Two console instances (two processes) on one PostgreSQL: a key created on one works on the other, and once
 * revoked on the first it is refused by the second at once, with a clear 401; expired keys too. Keys are
 * checked against the database on every call, never cached per instance. Needs TEST_DATABASE_URL.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { twoInstancesOn, type ApiInstance } from '../support/api-instances';

const pgUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!pgUrl)('API keys across console instances sharing PostgreSQL', () => {
  const two = twoInstancesOn(pgUrl);

  const exportWith = (inst: ApiInstance, key: string) =>
    fetch(`${inst.url}/api/environments/default/configs/export`, {
      headers: { authorization: `Bearer ${key}` },
    });

  it('a key revoked on one instance is refused by the other at once', async () => {
    const { id, key } = await two.a.createKey({ name: `rev-${Date.now().toString(36)}`, role: 'admin' });
    expect((await exportWith(two.b, key)).status).toBe(200);
    await two.a.revokeKey(id);
    const refused = await exportWith(two.b, key);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('invalid_token');
    const body = (await refused.json()) as { error: string; code: string };
    expect(body.code).toBe('api_key_revoked');
    expect(body.error).toMatch(/was revoked on .*ask an admin for a new one/);
  });

  it('an expired key is refused with its own message', async () => {
    const { id, key } = await two.a.createKey({
      name: `exp-${Date.now().toString(36)}`,
      role: 'admin',
      expiresInDays: 1,
    });
    const db = new pg.Client({ connectionString: pgUrl });
    await db.connect();
    await db.query("UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    await db.end();
    const refused = await exportWith(two.b, key);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('api_key_expired');
  });
});
