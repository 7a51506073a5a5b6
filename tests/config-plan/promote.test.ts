/**
 * Promotion between two real emulators, seeded as the embedded default's development and production: the
 * pre-flight names each problem before anything is written; a target changed since the review is refused with
 * the change; production needs its name typed and an admin there; a release that fails on its third write says
 * exactly what was applied and resumes; history and audit say where each version came from, in both environments.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';
import { ADMIN } from '../support/console-env';

let dev: TestEmulator;
let prod: TestEmulator;

beforeAll(async () => {
  [dev, prod] = await Promise.all([
    startTestEmulator({ seedToolCalls: 0 }),
    startTestEmulator({ seedToolCalls: 0, seedVariant: 'production' }),
  ]);
  const vars: Record<string, string> = {
    SCALEKIT_ENVIRONMENTS: 'development,production',
    // Production decides its own roles: ops is an admin in development (a local admin) but support there.
    SCALEKIT_PRODUCTION_ADMIN_EMAILS: ADMIN.email,
    SCALEKIT_PRODUCTION_SUPPORT_EMAILS: OPS.email,
    MCP_CONSOLE_BACKEND: 'emulator',
    CONSOLE_PUBLIC_URL: 'https://console.example.test',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'promote-')),
  };
  for (const [name, emu] of [
    ['DEVELOPMENT', dev],
    ['PRODUCTION', prod],
  ] as const) {
    vars[`SCALEKIT_${name}_ENV_URL`] = emu.url;
    vars[`SCALEKIT_${name}_CLIENT_ID`] = emu.clientId;
    vars[`SCALEKIT_${name}_CLIENT_SECRET`] = emu.clientSecret;
  }
  for (const k of ['SCALEKIT_ENV_URL', 'SCALEKIT_CLIENT_ID', 'SCALEKIT_CLIENT_SECRET']) delete process.env[k];
  Object.assign(process.env, vars);
  await (await import('@/lib/db/client')).getDb();
  // Production runs an older tool catalog without this tool (retired before any catalog is cached).
  await prod.control('POST', '/catalog/retire', { tools: ['gmail_list_drafts'] });
});

afterAll(async () => {
  await Promise.all([dev.stop(), prod.stop()]);
});

const OPS = { email: 'ops@example.com', name: 'Ops', role: 'admin' as const };

const load = async () => {
  const promote = await import('@/lib/config-plan/promote');
  const { scalekitOf } = await import('@/lib/environments');
  const { applyPromotionAction } = await import('@/lib/config-plan/actions/apply-promotion');
  const development = { name: 'development', client: scalekitOf('development') };
  const production = { name: 'production', client: scalekitOf('production') };
  return { ...promote, development, production, applyPromotionAction };
};

/** Promote, as the page does: plan from development to production (stored), then return the plan. */
const review = async (names: string[], source?: { name: string; client: ScalekitClient }) => {
  const { planPromotion, development, production } = await load();
  return planPromotion(source ?? development, production, ADMIN, names);
};

/** Apply through the server action, sent from development's page, as `user`. */
const promoteAs = async (user: typeof ADMIN, input: { digest: string; confirm?: string }) => {
  const { applyPromotionAction } = await load();
  return runAsUser(user, () => applyPromotionAction({ to: 'production', ...input }), {
    environment: 'development',
  });
};

const inProduction = async (name: string) =>
  (await (await load()).production.client.configs.listAll()).find((c) => c.name === name);

const createIn = async (
  emu: TestEmulator,
  name: string,
  mappings: { connection_name: string; tools?: string[] }[],
) => {
  const r = await emu.api<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
    name,
    description: `${name} for the promotion tests`,
    connection_tool_mappings: mappings,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.config.id;
};

/**
 * A source as another Scalekit (or a newer version of its rules) might hold it: development's real list plus
 * one config our target's rules refuse. The emulator applies Scalekit's rules to what it stores, so a config
 * breaking them can only come from outside; the target is still the real production emulator.
 */
const sourceWith = async (extra: McpConfig) => {
  const { development } = await load();
  const client = {
    configs: { listAll: async () => [...(await development.client.configs.listAll()), extra] },
  } as unknown as ScalekitClient;
  return { name: 'development', client };
};
const looseConfig = (name: string, mappings: McpConfig['mappings']): McpConfig =>
  ({
    id: `cfg_loose_${mappings.length}_${name.length}`,
    name,
    description: '',
    mappings,
    mcpServerUrl: '',
  }) as unknown as McpConfig;

describe('the pre-flight of a promotion names every problem before anything is written', () => {
  it('a connection missing in the target', async () => {
    const p = await review(['engineering-agent']); // maps notion, which production lacks
    expect(p.problems).toContainEqual(
      expect.objectContaining({
        config: 'engineering-agent',
        code: 'missing_connection',
        connection: 'notion',
      }),
    );
    expect(p.problems.find((x) => x.code === 'missing_connection')!.message).toContain(
      'the connection notion does not exist in this environment',
    );
    const r = await promoteAs(ADMIN, { digest: p.digest, confirm: 'production' });
    expect(r.ok && r.data.outcome).toBe('problems');
    expect(await inProduction('engineering-agent')).toBeUndefined();
  });

  it('a connection backed by another connector in the target', async () => {
    await createIn(dev, 'promo-drive', [{ connection_name: 'googledrive' }]);
    const p = await review(['promo-drive']); // production's googledrive is OneDrive
    expect(p.problems.map((x) => [x.code, x.connection])).toEqual([['connector_mismatch', 'googledrive']]);
    expect(p.problems[0]!.message).toContain('backed by onedrive in this environment, not googledrive');
  });

  it("a chosen tool absent from the target's catalog", async () => {
    await createIn(dev, 'promo-tools', [
      { connection_name: 'gmail', tools: ['gmail_fetch_mails', 'gmail_list_drafts'] },
    ]);
    const p = await review(['promo-tools']);
    expect(p.problems.map((x) => [x.code, x.connection, x.tools])).toEqual([
      ['unknown_tool', 'gmail', ['gmail_list_drafts']],
    ]);
  });

  it('more than 25 connections', async () => {
    const many = Array.from({ length: 26 }, (_, i) => ({
      connectionName: `conn-${i}`,
      provider: '',
      tools: [],
    })) as unknown as McpConfig['mappings'];
    const p = await review(['promo-many'], await sourceWith(looseConfig('promo-many', many)));
    expect(p.problems.map((x) => x.code)).toContain('too_many_connections');
    expect(p.problems.find((x) => x.code === 'too_many_connections')!.message).toBe(
      'promo-many maps 26 connections; a config can map at most 25',
    );
  });

  it('a name that breaks the rules', async () => {
    const mapping = [
      { connectionName: 'gmail', provider: 'gmail', tools: [] },
    ] as unknown as McpConfig['mappings'];
    const p = await review(['Promo Name'], await sourceWith(looseConfig('Promo Name', mapping)));
    expect(p.problems.map((x) => [x.code, x.message])).toEqual([
      ['invalid_name', 'Name can use lowercase letters, digits, hyphens and underscores only'],
    ]);
  });
});

describe('applying a promotion', () => {
  it('is refused when the target changed since the review, showing the change', async () => {
    const p = await review(['email-assistant']); // production runs an older version: an update
    expect(p.configs[0]!.action).toBe('update');
    expect(p.problems).toEqual([]);
    const target = (await inProduction('email-assistant'))!;
    await prod.api('PUT', `/api/v1/mcp/configs/${target.id}`, { description: 'hotfix in production' });
    const r = await promoteAs(ADMIN, { digest: p.digest, confirm: 'production' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.outcome).toBe('stale');
    const refused = r.data.configs[0]!;
    expect(refused.status).toBe('refused');
    expect(refused.conflict!.change.description!.to).toBe('hotfix in production');
    expect((await inProduction('email-assistant'))!.description).toBe('hotfix in production');
  });

  it('needs the production name typed and an admin in production, checked on the server', async () => {
    await createIn(dev, 'promo-guarded', [{ connection_name: 'gmail' }]);
    const p = await review(['promo-guarded']);
    const untyped = await promoteAs(ADMIN, { digest: p.digest });
    expect(untyped).toMatchObject({ ok: false, fieldErrors: { confirm: ['Type production to confirm'] } });
    const mistyped = await promoteAs(ADMIN, { digest: p.digest, confirm: 'prod' });
    expect(mistyped.ok).toBe(false);
    // ops is an admin in development but support in production.
    const ops = await promoteAs(OPS, { digest: p.digest, confirm: 'production' });
    expect(ops).toMatchObject({ ok: false, error: 'Your role in production (support) does not allow this' });
    expect(await inProduction('promo-guarded')).toBeUndefined();
  });

  it('reports a release interrupted on its third write exactly, resumes it, and records where it came from', async () => {
    const names = ['rel-1', 'rel-2', 'rel-3', 'rel-4'];
    for (const n of names)
      await createIn(dev, n, [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }]);
    await review(names); // development's history now has version 1 of each
    const devId = (await (await load()).development.client.configs.listAll()).find(
      (c) => c.name === 'rel-1',
    )!.id;
    await dev.api('PUT', `/api/v1/mcp/configs/${devId}`, { description: 'rel-1, second version' });
    const p = await review(names);
    expect(p.source).toMatchObject({ kind: 'promotion', versions: { 'rel-1': 2, 'rel-2': 1 } });
    expect(p.configs.map((c) => c.action)).toEqual(['create', 'create', 'create', 'create']);

    // The third create fails upstream; the first two went through.
    await prod.control('POST', '/faults', {
      path: '/api/v1/mcp/configs',
      method: 'POST',
      status: 500,
      after: 2,
      times: 1,
    });
    const first = await promoteAs(ADMIN, { digest: p.digest, confirm: 'production' });
    await prod.control('DELETE', '/faults');
    if (!first.ok) throw new Error(first.error);
    expect(first.data.outcome).toBe('failed');
    expect(first.data.configs.map((c) => [c.name, c.status])).toEqual([
      ['rel-1', 'applied'],
      ['rel-2', 'applied'],
      ['rel-3', 'failed'],
      ['rel-4', 'not_attempted'],
    ]);
    expect(first.data.counts).toMatchObject({ applied: 2, failed: 1, not_attempted: 1 });
    expect(first.data.message).toContain('Apply the same plan again to resume');
    expect(await inProduction('rel-2')).toBeDefined();
    expect(await inProduction('rel-3')).toBeUndefined();

    const resumed = await promoteAs(ADMIN, { digest: p.digest, confirm: 'production' });
    if (!resumed.ok) throw new Error(resumed.error);
    expect(resumed.data.outcome).toBe('applied');
    expect(resumed.data.configs.map((c) => c.status)).toEqual(['skipped', 'skipped', 'applied', 'applied']);
    for (const n of names) expect(await inProduction(n)).toBeDefined();

    const { listVersions } = await import('@/lib/configs/history');
    const rel1 = (await inProduction('rel-1'))!;
    const rel3 = (await inProduction('rel-3'))!;
    expect((await listVersions(rel1.id))[0]).toMatchObject({
      kind: 'create',
      environment: 'production',
      note: 'promoted from development, version 2, by admin@example.com',
    });
    expect((await listVersions(rel3.id))[0]!.note).toBe(
      'promoted from development, version 1, by admin@example.com',
    );

    const { listAudit } = await import('@/lib/audit/query');
    const source = await listAudit({ environment: 'development', action: 'configs.promote' });
    expect(source.entries.map((e) => [e.outcome, e.summary.split(':')[0]])).toContainEqual([
      'success',
      `Promoted rel-1, rel-2, rel-3, rel-4 to production (plan ${p.digest.slice(0, 12)})`,
    ]);
    const target = await listAudit({ environment: 'production', action: 'config.create', target: rel3.id });
    expect(target.entries[0]).toMatchObject({ outcome: 'success', environment: 'production' });
    expect(target.entries[0]!.summary).toContain(
      'Created rel-3 in production, promoted from development, version 1, by admin@example.com',
    );
  });
});

describe('the pre-flight of a release', () => {
  it('costs a constant number of calls per connection, whatever the number of tools or configs', async () => {
    const { planPromotion, development } = await load();
    const { createScalekitClient } = await import('@/lib/scalekit');
    const gmail = (await development.client.tools.listAllForConnector('gmail')).map((t) => t.name);
    const slack = (await development.client.tools.listAllForConnector('slack')).map((t) => t.name);
    const calls = async (tools: number, configs: number) => {
      const names = Array.from({ length: configs }, (_, i) => `cost-${tools}-${i}`);
      for (const n of names)
        await createIn(dev, n, [
          { connection_name: 'gmail', tools: gmail.filter((t) => t !== 'gmail_list_drafts').slice(0, tools) },
          { connection_name: 'slack', tools: slack.slice(0, tools) },
        ]);
      // A cold target client (no catalog cache) holding its token already: only the pre-flight's calls count.
      const target = createScalekitClient({
        baseUrl: prod.url,
        clientId: prod.clientId,
        clientSecret: prod.clientSecret,
      });
      await target.configs.list({ pageSize: 1 });
      await prod.control('DELETE', '/counters');
      const p = await planPromotion(development, { name: 'production', client: target }, ADMIN, names);
      expect(p.problems).toEqual([]);
      return (await prod.control<{ counters: Record<string, number> }>('GET', '/counters')).counters;
    };
    const few = await calls(2, 2);
    const many = await calls(20, 6);
    for (const c of [few, many]) {
      expect(c['GET /api/v1/tools']).toBe(2); // one catalog per connection: gmail, slack
      expect(Object.keys(c).filter((k) => k.startsWith('GET /api/v1/mcp/configs/'))).toEqual([]);
    }
    expect(many).toEqual(few);
  });
});
