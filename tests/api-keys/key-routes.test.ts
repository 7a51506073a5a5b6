/**
 * API keys on the console's routes (the real defineRoute handlers, called in-process): role and environments
 * enforced, every call audited under the key's name, keys refused where routes do not accept them, and no key
 * or secret in the database, the audit log or the logs in clear.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
const logged: string[] = [];
beforeAll(async () => {
  emu = await startConsoleEnv();
  for (const level of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
});
afterAll(() => emu.stop());

const env = { params: Promise.resolve({ env: 'default' }) };
const routes = async () => ({
  plan: (await import('@/app/api/environments/[env]/configs/plan/route')).POST,
  apply: (await import('@/app/api/environments/[env]/configs/apply/route')).POST,
  exportConfigs: (await import('@/app/api/environments/[env]/configs/export/route')).GET,
  accounts: (await import('@/app/api/users/[identifier]/accounts/route')).GET,
});
const req = (url: string, key: string, body?: unknown) =>
  new Request(`http://console.test${url}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const FILE =
  'version: 1\nconfigs:\n  key-made:\n    connections:\n      gmail:\n        tools: [gmail_fetch_mails]\n';

describe('routes called with an API key', () => {
  it('act with the key role, audited under its name; support cannot apply', async () => {
    const { createApiKey } = await import('@/lib/api-keys/store');
    const { listAudit } = await import('@/lib/audit/query');
    const r = await routes();
    const admin = await createApiKey(
      { name: 'deploy', role: 'admin', environments: ['default'], expiresInDays: 30 },
      ADMIN,
    );
    const support = await createApiKey(
      { name: 'viewer', role: 'support', environments: ['default'], expiresInDays: 30 },
      ADMIN,
    );

    const planned = await r.plan(
      req('/api/environments/default/configs/plan', support.key, { fileName: 'x.yaml', content: FILE }),
      env,
    );
    expect(planned.status).toBe(200);
    const { digest } = (await planned.json()) as { digest: string };
    const denied = await r.apply(
      req('/api/environments/default/configs/apply', support.key, { digest }),
      env,
    );
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: string }).error).toContain('viewer has the role support');

    const applied = await r.apply(req('/api/environments/default/configs/apply', admin.key, { digest }), env);
    expect(applied.status).toBe(200);
    const { entries } = await listAudit({ actor: 'api-key:' });
    const seen = entries.map((e) => [e.actorEmail, e.action, e.outcome]);
    expect(seen).toContainEqual(['api-key:viewer', 'configs.plan', 'success']);
    expect(seen).toContainEqual(['api-key:viewer', 'configs.apply', 'denied']);
    expect(seen).toContainEqual(['api-key:deploy', 'configs.apply', 'success']);
    expect(seen).toContainEqual(['api-key:deploy', 'config.create', 'success']);
    const { listVersions } = await import('@/lib/configs/history');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
    const made = (await sk.configs.listAll()).find((c) => c.name === 'key-made')!;
    expect((await listVersions(made.id))[0]).toMatchObject({
      actorEmail: 'api-key:deploy',
      note: expect.stringContaining('applied from file x.yaml'),
    });
  });

  it('refuses a key outside its environments, an unknown environment, and routes that take no keys', async () => {
    const { createApiKey } = await import('@/lib/api-keys/store');
    const r = await routes();
    const other = await createApiKey(
      { name: 'staging-only', role: 'admin', environments: ['staging'], expiresInDays: 30 },
      ADMIN,
    );
    const wrongEnv = await r.exportConfigs(req('/api/environments/default/configs/export', other.key), env);
    expect(wrongEnv.status).toBe(403);
    expect(((await wrongEnv.json()) as { error: string }).error).toContain(
      'not valid for the environment default',
    );
    const both = await createApiKey(
      { name: 'two-envs', role: 'admin', environments: ['default', 'staging'], expiresInDays: 30 },
      ADMIN,
    );
    const unknownEnv = await r.exportConfigs(req('/api/environments/staging/configs/export', both.key), {
      params: Promise.resolve({ env: 'staging' }),
    });
    expect(unknownEnv.status).toBe(404);
    const notAccepted = await r.accounts(req('/api/users/alice%40example.com/accounts', both.key), {
      params: Promise.resolve({ identifier: 'alice@example.com' }),
    });
    expect(notAccepted.status).toBe(401);
    expect(((await notAccepted.json()) as { code: string }).code).toBe('api_key_not_accepted');
    const garbage = await r.exportConfigs(
      req('/api/environments/default/configs/export', 'mck_not-a-key'),
      env,
    );
    expect(garbage.status).toBe(401);
  });

  it('keeps no key in clear in the database, the audit log or the logs', async () => {
    const { createApiKey, revokeApiKey } = await import('@/lib/api-keys/store');
    const r = await routes();
    const k = await createApiKey(
      { name: 'leak-check', role: 'admin', environments: ['default'], expiresInDays: 30 },
      ADMIN,
    );
    await r.exportConfigs(req('/api/environments/default/configs/export', k.key), env);
    await revokeApiKey(k.id, ADMIN.email);
    await r.exportConfigs(req('/api/environments/default/configs/export', k.key), env);
    const { getDb } = await import('@/lib/db/client');
    const { raw } = await getDb();
    const tables = await raw.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    let dump = '';
    for (const { tablename } of tables) dump += JSON.stringify(await raw.query(`SELECT * FROM ${tablename}`));
    expect(dump).toContain('leak-check');
    expect(dump).not.toContain(k.key);
    expect(dump).not.toContain(k.key.slice(12)); // not even the secret part
    expect(dump).not.toContain(emu.clientSecret);
    expect(logged.join('\n')).not.toContain(k.key);
  });
});
