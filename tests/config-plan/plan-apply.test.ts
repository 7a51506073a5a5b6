/**
 * The plan/apply engine against a real emulator: actions, diffs, impact and fingerprints; apply with history
 * and audit; idempotence; a stale plan refused before any write; an interrupted apply that resumes; and the
 * upstream cost of a plan (list calls and one catalog per connection, never a call per config).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startConsoleEnv();
});
afterAll(() => emu.stop());

const engine = async () => {
  const { plan } = await import('@/lib/config-plan/plan');
  const { apply } = await import('@/lib/config-plan/apply');
  const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
  return { plan, apply, sk };
};
const source = { kind: 'file' as const, fileName: 'team.yaml', fileDigest: 'ab'.repeat(32) };
type Spec = import('@/lib/config-plan/spec').ConfigSpec;
const spec = (name: string, connections: Spec['connections'], description = ''): Spec => ({
  name,
  description,
  connections,
});
const counters = async () =>
  (await emu.control<{ counters?: Record<string, number> }>('GET', '/counters')).counters ?? {};

describe('plan', () => {
  it('decides create, update, unchanged and (with prune) delete, with diffs, impact and fingerprints', async () => {
    const { plan, sk } = await engine();
    const { specOf } = await import('@/lib/config-plan/spec');
    const current = new Map((await sk.configs.listAll()).map((c) => [c.name, specOf(c)]));
    const desired = [
      current.get('sales-agent')!, // unchanged
      {
        ...current.get('email-assistant')!,
        description: 'Mail only',
        connections: { gmail: { tools: 'all' as const, connector: 'gmail' } },
      },
      spec('support-bot', { slack: { tools: ['slack_send_message'], connector: 'slack' } }),
    ];
    const p = await plan({ desired, target: sk, environment: 'default', prune: true, source });
    const byName = Object.fromEntries(p.configs.map((c) => [c.name, c]));
    expect(byName['sales-agent']!.action).toBe('unchanged');
    expect(byName['email-assistant']!.action).toBe('update');
    expect(byName['support-bot']!.action).toBe('create');
    expect(byName['engineering-agent']!.action).toBe('delete');
    expect(byName['reminder-assistant']!.action).toBe('delete');
    expect(p.problems).toEqual([]);
    expect(p.changes).toBe(true);
    const email = byName['email-assistant']!;
    expect(email.diff!.description).toEqual({
      from: 'Reads and sends mail, manages the calendar',
      to: 'Mail only',
    });
    const gmail = email.diff!.connections.find((c) => c.connectionName === 'gmail')!;
    expect(gmail).toMatchObject({ from: 'chosen', to: 'all', nowAllTools: true, resolved: true });
    expect(gmail.gained.length).toBeGreaterThan(5);
    expect(email.diff!.connections.find((c) => c.connectionName === 'googlecalendar')!.kind).toBe('removed');
    // Impact is counted on the target's users (the seed has users on gmail and calendar).
    expect(email.impact!.users).toBeGreaterThan(0);
    expect(byName['engineering-agent']!.impact!.wouldStopBeingReady).toBe(
      byName['engineering-agent']!.impact!.readyNow,
    );
    expect(byName['support-bot']!.impact).toEqual({
      users: 0,
      readyNow: 0,
      wouldStopBeingReady: 0,
      recentTokens: 0,
    });
    expect(email.baseFingerprint).not.toBe(email.fingerprint);
    // Without prune nothing is deleted; the digest is stable for the same decisions.
    const again = await plan({ desired, target: sk, environment: 'default', prune: true, source });
    expect(again.digest).toBe(p.digest);
    const noPrune = await plan({ desired, target: sk, environment: 'default', prune: false, source });
    expect(noPrune.configs.some((c) => c.action === 'delete')).toBe(false);
    expect(noPrune.digest).not.toBe(p.digest);
  });

  it('costs list calls and one catalog per connection, never a call per config or per tool', async () => {
    const { plan, sk } = await engine();
    const desired = Array.from({ length: 40 }, (_, i) =>
      spec(`bulk-${String(i).padStart(2, '0')}`, {
        gmail: { tools: ['gmail_fetch_mails', 'gmail_send_message'] },
        slack: { tools: 'all' },
      }),
    );
    await emu.control('DELETE', '/counters');
    const fresh = (await import('@/lib/scalekit')).createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
    }); // a cold catalog cache
    await plan({ desired, target: fresh, environment: 'default', prune: false, source, impact: false });
    const c = await counters();
    expect(Object.keys(c).filter((k) => /configs\/\{|configs\/cfg/.test(k))).toEqual([]);
    expect(c['GET /api/v1/tools']).toBe(2); // gmail and slack, one page each
    expect(c['GET /api/v1/mcp/configs']).toBe(1); // 4 configs: one page
    expect(c['GET /api/v1/connections/app']).toBe(1);
    void sk;
  });
});

describe('apply', () => {
  it('applies config by config with history and audit, then is idempotent', async () => {
    const { plan, apply, sk } = await engine();
    const { listVersions } = await import('@/lib/configs/history');
    const { listAudit } = await import('@/lib/audit/query');
    const desired = [
      spec('applied-one', { gmail: { tools: ['gmail_fetch_mails'], connector: 'gmail' } }, 'first'),
      spec('applied-two', { slack: { tools: 'all' } }, 'second'),
    ];
    const p = await plan({ desired, target: sk, environment: 'default', prune: false, source });
    const r = await apply(p, sk, ADMIN);
    expect(r.outcome).toBe('applied');
    expect(r.configs.map((c) => [c.name, c.status])).toEqual([
      ['applied-one', 'applied'],
      ['applied-two', 'applied'],
    ]);
    const id = r.configs[0]!.id!;
    const versions = await listVersions(id);
    expect(versions[0]).toMatchObject({
      kind: 'create',
      note: 'applied from file team.yaml (abababababab)',
      actorEmail: ADMIN.email,
    });
    const { entries } = await listAudit({ target: id });
    expect(entries[0]).toMatchObject({ action: 'config.create', outcome: 'success' });
    expect(entries[0]!.summary).toContain('applied from file team.yaml');

    // Applying the same plan again changes nothing; a new plan says there is nothing to do.
    const twice = await apply(p, sk, ADMIN);
    expect(twice.outcome).toBe('nothing_to_do');
    expect(twice.counts).toMatchObject({ skipped: 2, applied: 0 });
    const replan = await plan({ desired, target: sk, environment: 'default', prune: false, source });
    expect(replan.changes).toBe(false);
    expect(replan.configs.map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
  });

  it('refuses a plan gone stale before writing anything, showing the change', async () => {
    const { plan, apply, sk } = await engine();
    const created = await emu.api<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
      name: 'stale-target',
      description: 'v1',
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
    });
    const desired = [
      spec('stale-target', { gmail: { tools: ['gmail_send_message'] } }, 'mine'),
      spec('stale-new', { gmail: { tools: 'all' } }),
    ];
    const p = await plan({ desired, target: sk, environment: 'default', prune: false, source });
    await emu.api('PUT', `/api/v1/mcp/configs/${created.body.config.id}`, {
      description: 'changed elsewhere',
    });
    const r = await apply(p, sk, ADMIN);
    expect(r.outcome).toBe('stale');
    const refused = r.configs.find((c) => c.name === 'stale-target')!;
    expect(refused.status).toBe('refused');
    expect(refused.conflict!.current!.description).toBe('changed elsewhere');
    expect(refused.conflict!.change.description).toEqual({ from: 'v1', to: 'changed elsewhere' });
    expect(r.configs.find((c) => c.name === 'stale-new')!.status).toBe('not_attempted');
    expect((await sk.configs.listAll()).some((c) => c.name === 'stale-new')).toBe(false);
    expect((await sk.configs.get(created.body.config.id)).description).toBe('changed elsewhere');
  });

  it('stops at a failed write, says exactly what was applied, and resumes when applied again', async () => {
    const { plan, apply, sk } = await engine();
    const desired = ['r1', 'r2', 'r3', 'r4'].map((n) => spec(`resume-${n}`, { gmail: { tools: 'all' } }));
    const p = await plan({ desired, target: sk, environment: 'default', prune: false, source });
    const r = await apply(p, sk, ADMIN, {
      onProgress: async (_entry, index) => {
        // The third write fails upstream (a create is never retried blindly).
        if (index === 1)
          await emu.control('POST', '/faults', {
            path: '/api/v1/mcp/configs',
            method: 'POST',
            status: 500,
            times: 1,
          });
      },
    });
    await emu.control('DELETE', '/faults');
    expect(r.outcome).toBe('failed');
    expect(r.configs.map((c) => c.status)).toEqual(['applied', 'applied', 'failed', 'not_attempted']);
    expect(r.counts).toMatchObject({ applied: 2, failed: 1, not_attempted: 1 });
    const resumed = await apply(p, sk, ADMIN);
    expect(resumed.outcome).toBe('applied');
    expect(resumed.configs.map((c) => c.status)).toEqual(['skipped', 'skipped', 'applied', 'applied']);
  });

  it('refuses to start while the plan has problems', async () => {
    const { plan, apply, sk } = await engine();
    const p = await plan({
      desired: [spec('has-problem', { nowhere: { tools: 'all' } })],
      target: sk,
      environment: 'default',
      prune: false,
      source,
    });
    expect(p.problems.map((x) => x.code)).toEqual(['missing_connection']);
    const r = await apply(p, sk, ADMIN);
    expect(r.outcome).toBe('problems');
    expect(r.counts.not_attempted).toBe(1);
    expect((await sk.configs.listAll()).some((c) => c.name === 'has-problem')).toBe(false);
  });
});
