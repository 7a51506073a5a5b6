/**
 * The comparison against two real emulators, seeded as the embedded default's development and production: the
 * seeded differences show, and loading costs list calls only (counted by the emulators), never one per config.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

let dev: TestEmulator;
let prod: TestEmulator;
let gone: TestEmulator;

type Counters = { counters?: Record<string, number> };
const calls = async (emu: TestEmulator) => (await emu.control<Counters>('GET', '/counters')).counters ?? {};
const resetCounters = () => Promise.all([dev, prod].map((e) => e.control('DELETE', '/counters')));
const EXTRA = 70; // development gets 74 configs: three pages of 30

beforeAll(async () => {
  [dev, prod, gone] = await Promise.all([
    startTestEmulator({ seedToolCalls: 0 }),
    startTestEmulator({ seedToolCalls: 0, seedVariant: 'production' }),
    startTestEmulator({ seed: 'none', seedToolCalls: 0 }),
  ]);
  for (let i = 1; i <= EXTRA; i++) {
    const r = await dev.api('POST', '/api/v1/mcp/configs', {
      name: `extra-${String(i).padStart(3, '0')}`,
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
    });
    expect(r.status).toBe(201);
  }
  const vars: Record<string, string> = { SCALEKIT_ENVIRONMENTS: 'development,production,staging' };
  for (const [name, emu] of [
    ['DEVELOPMENT', dev],
    ['PRODUCTION', prod],
    ['STAGING', gone],
  ] as const) {
    vars[`SCALEKIT_${name}_ENV_URL`] = emu.url;
    vars[`SCALEKIT_${name}_CLIENT_ID`] = emu.clientId;
    vars[`SCALEKIT_${name}_CLIENT_SECRET`] = emu.clientSecret;
  }
  vars.SCALEKIT_STAGING_TIMEOUT_MS = '500';
  for (const k of ['SCALEKIT_ENV_URL', 'SCALEKIT_CLIENT_ID', 'SCALEKIT_CLIENT_SECRET']) delete process.env[k];
  Object.assign(process.env, vars, { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'compare-')) });
  await gone.stop();
});

afterAll(async () => {
  await Promise.all([dev.stop(), prod.stop()]);
});

describe('comparing development and production', () => {
  it('shows the seeded differences: configs same, differs, missing, with what blocks a promotion', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    const c = await compareEnvironments({ environments: ['development', 'production'] });
    expect(c.environments.map((e) => [e.name, e.production, e.ok])).toEqual([
      ['development', false, true],
      ['production', true, true],
    ]);
    const row = (name: string) => c.configs.find((r) => r.name === name)!;
    const states = (name: string) => [row(name).cells.development.state, row(name).cells.production.state];
    expect(states('email-assistant')).toEqual(['same', 'differs']);
    expect(states('engineering-agent')).toEqual(['same', 'missing']);
    expect(states('sales-agent')).toEqual(['same', 'same']);
    expect(states('reminder-assistant')).toEqual(['same', 'same']);
    expect(states('extra-001')).toEqual(['same', 'missing']);
    expect(row('engineering-agent').cells.production.blockers).toEqual([
      { connection: 'notion', problem: 'missing' },
    ]);
    expect(row('email-assistant').cells.production.blockers).toEqual([]);
    // The older version has fewer tools: the diff can be drawn from the snapshots alone.
    const gmail = (env: 'development' | 'production') =>
      row('email-assistant').cells[env].snapshot!.mappings.find((m) => m.connectionName === 'gmail')!.tools;
    expect(gmail('development')).toContain('gmail_get_message_by_id');
    expect(gmail('production')).not.toContain('gmail_get_message_by_id');
    expect(row('sales-agent').cells.development.id).not.toBe(row('sales-agent').cells.production.id);
    expect(c.configCounts.production).toEqual({ same: 2, differs: 1, missing: 1 + EXTRA });
  });

  it('shows the seeded connection differences: one missing, one backed by another connector', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    const c = await compareEnvironments({ environments: ['development', 'production'] });
    const row = (name: string) => c.connections.find((r) => r.name === name)!;
    expect(row('notion').cells.production.state).toBe('missing');
    expect(row('notion').cells.development.usedBy).toEqual(['engineering-agent']);
    expect(row('googledrive').cells.production).toMatchObject({
      state: 'other-connector',
      provider: 'ONEDRIVE',
    });
    const others = c.connections.filter((r) => !['notion', 'googledrive'].includes(r.name));
    expect(others.map((r) => r.name).sort()).toEqual([
      'MY_CALENDAR',
      'MY_GMAIL',
      'github',
      'gmail',
      'googlecalendar',
      'hubspot',
      'jira',
      'linear',
      'salesforce',
      'slack',
    ]);
    expect(others.every((r) => r.allSame)).toBe(true);
  });

  it('costs list calls only: config pages and one connections list per environment', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    await resetCounters();
    await compareEnvironments({ environments: ['development', 'production'], fresh: true });
    const [d, p] = await Promise.all([calls(dev), calls(prod)]);
    expect(d).toEqual({ 'GET /api/v1/mcp/configs': 3, 'GET /api/v1/connections/app': 1 });
    expect(p).toEqual({ 'GET /api/v1/mcp/configs': 1, 'GET /api/v1/connections/app': 1 });
  });

  it('shares one load for a few seconds, however many ask', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    await compareEnvironments({ fresh: true, environments: ['development', 'production'] });
    await resetCounters();
    await Promise.all(
      Array.from({ length: 10 }, () => compareEnvironments({ environments: ['development', 'production'] })),
    );
    expect(await calls(dev)).toEqual({});
    expect(await calls(prod)).toEqual({});
  });

  it('still compares when an environment cannot be read, saying so in its column', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    const c = await compareEnvironments();
    expect(c.environments.map((e) => [e.name, e.ok])).toEqual([
      ['development', true],
      ['production', true],
      ['staging', false],
    ]);
    expect(c.environments[2].error).toBe('Scalekit is not answering; try again shortly');
    expect(c.configs.find((r) => r.name === 'email-assistant')!.cells.staging.state).toBe('unknown');
  });

  it('refuses an unknown environment as a 404', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    await expect(compareEnvironments({ environments: ['development', 'qa'] })).rejects.toMatchObject({
      name: 'ActionError',
      status: 404,
    });
  });

  it('draws one config between two environments from the shared lists: no call for the configs, catalogs only where a mapping differs', async () => {
    const { compareEnvironments } = await import('@/lib/compare/load');
    const { loadConfigPair } = await import('@/lib/compare/load-pair');
    await compareEnvironments({ environments: ['development', 'production'], fresh: true });
    await resetCounters();
    const p = await loadConfigPair('email-assistant', 'development', 'production');
    expect(p.from).toMatchObject({ environment: 'development', state: 'present' });
    expect(p.to).toMatchObject({ environment: 'production', state: 'present', production: true });
    expect(p.identical).toBe(false);
    const gmail = p.diff!.connections.find((c) => c.connectionName === 'gmail')!;
    expect(gmail.lost).toContain('gmail_get_message_by_id');
    expect(gmail.gained).toEqual([]);
    // The matrix's lists served the configs; the only calls are the catalogs of the connections that differ.
    expect(await calls(dev)).toEqual({});
    expect(Object.keys(await calls(prod))).toEqual(['GET /api/v1/tools']);
  });

  it('names the environment that lacks the config and what it lacks; refuses a config neither has', async () => {
    const { loadConfigPair } = await import('@/lib/compare/load-pair');
    const p = await loadConfigPair('engineering-agent', 'development', 'production');
    expect(p.to.state).toBe('missing');
    expect(p.diff).toBeNull();
    expect(p.blockers).toEqual([{ connection: 'notion', problem: 'missing' }]);
    await expect(loadConfigPair('no-such-config', 'development', 'production')).rejects.toMatchObject({
      name: 'ActionError',
      status: 404,
    });
  });

  it("loads the other environments' lists for a config page's twins, only where the person has a role", async () => {
    const { loadTwinLists } = await import('@/lib/compare/load-twins');
    const { twinsOf } = await import('@/lib/compare/twins');
    const lists = await loadTwinLists('development', (e) => (e === 'production' ? 'support' : null));
    expect(lists.map((l) => l.name)).toEqual(['production']);
    const devLists = await (
      await import('@/lib/compare/load')
    ).sharedEnvironmentLists({
      name: 'development',
      production: false,
    });
    if (!devLists.ok) throw new Error(devLists.error);
    const config = (name: string) => devLists.configs.find((x) => x.name === name)!;
    const twin = (name: string) =>
      twinsOf({ environment: 'development', production: false, config: config(name) }, lists)[0]!;
    expect(twin('email-assistant').state).toBe('differs');
    expect(twin('engineering-agent')).toMatchObject({
      state: 'missing',
      blockers: [{ connection: 'notion' }],
    });
    expect(twin('sales-agent').state).toBe('same');
  });
});
