/**
 * The production seed differs from development on purpose (src/store/seed-variants.ts), deterministically, and
 * the development seed's ids are the ones it always had. Checked on the built state and over the REST API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/store/catalog';
import { buildSeed } from '../src/store/seed';
import type { EmulatorState } from '../src/store/types';
import { startTestEmulator, type TestEmulator } from './helpers';

const catalog = loadCatalog();
const dev = buildSeed(catalog, { seed: 'demo', seedUsers: 40 });
const prod = buildSeed(catalog, { seed: 'demo', seedUsers: 40, variant: 'production' });

const connectors = (s: EmulatorState) => Object.fromEntries(s.connections.map((c) => [c.keyId, c.connector]));
const config = (s: EmulatorState, name: string) => s.configs.find((c) => c.name === name);
const status = (s: EmulatorState, identifier: string, connection: string) =>
  s.accounts.find((a) => a.identifier === identifier && a.connectionName === connection)?.status ?? null;
/** Ready for a config: every mapped connection ACTIVE. */
const ready = (s: EmulatorState, identifier: string, configName: string) =>
  config(s, configName)!.mappings.every((m) => status(s, identifier, m.connectionName) === 'ACTIVE');

describe('seed variants', () => {
  it("keeps the development seed's ids", () => {
    expect(dev.connections[0]).toMatchObject({ id: 'conn_86000000007919', keyId: 'gmail' });
    expect(config(dev, 'email-assistant')?.id).toBe('cfg_86000000087109');
    expect(config(dev, 'engineering-agent')?.id).toBe('cfg_86000000102947');
    expect(buildSeed(catalog, { seed: 'demo', seedUsers: 40, variant: 'development' })).toMatchObject({
      seq: dev.seq,
      configs: dev.configs,
    });
  });

  it('is deterministic, and shares no id or server with development', () => {
    const again = buildSeed(catalog, { seed: 'demo', seedUsers: 40, variant: 'production' });
    const key = (s: EmulatorState) => s.accounts.map((a) => [a.id, a.identifier, a.connectionName, a.status]);
    expect(key(again)).toEqual(key(prod));
    expect(again.configs).toEqual(prod.configs);
    const devIds = new Set([...dev.connections, ...dev.configs, ...dev.accounts].map((x) => x.id));
    expect([...prod.connections, ...prod.configs, ...prod.accounts].filter((x) => devIds.has(x.id))).toEqual(
      [],
    );
    const devServers = new Set(dev.configs.map((c) => c.serverUuid));
    expect(prod.configs.filter((c) => devServers.has(c.serverUuid))).toEqual([]);
  });

  it('lacks the notion connection, and has another connector behind googledrive', () => {
    const d = connectors(dev);
    const p = connectors(prod);
    expect(d.notion).toBe('notion');
    expect(p.notion).toBeUndefined();
    expect(d.googledrive).toBe('googledrive');
    expect(p.googledrive).toBe('onedrive');
    const rest = Object.keys(d).filter((k) => k !== 'notion' && k !== 'googledrive');
    expect(rest.map((k) => p[k])).toEqual(rest.map((k) => d[k]));
  });

  it('has engineering-agent (which maps notion) only in development', () => {
    expect(config(dev, 'engineering-agent')?.mappings.map((m) => m.connectionName)).toContain('notion');
    expect(config(prod, 'engineering-agent')).toBeUndefined();
    expect(prod.configs.map((c) => c.name).sort()).toEqual([
      'email-assistant',
      'reminder-assistant',
      'sales-agent',
    ]);
  });

  it('runs an older email-assistant in production (fewer tools), the other configs alike', () => {
    expect(config(dev, 'email-assistant')?.mappings).toEqual([
      {
        connectionName: 'gmail',
        tools: ['gmail_fetch_mails', 'gmail_send_message', 'gmail_get_message_by_id'],
      },
      {
        connectionName: 'googlecalendar',
        tools: ['googlecalendar_list_events', 'googlecalendar_create_event'],
      },
    ]);
    expect(config(prod, 'email-assistant')?.mappings).toEqual([
      { connectionName: 'gmail', tools: ['gmail_fetch_mails', 'gmail_send_message'] },
      { connectionName: 'googlecalendar', tools: ['googlecalendar_list_events'] },
    ]);
    for (const name of ['sales-agent', 'reminder-assistant']) {
      const [d, p] = [config(dev, name)!, config(prod, name)!];
      expect([p.description, p.mappings]).toEqual([d.description, d.mappings]);
    }
  });

  it('has a few users ready in one environment and not the other', () => {
    const differs = (who: string, cfg: string) => [ready(dev, who, cfg), ready(prod, who, cfg)];
    expect(differs('alice@example.com', 'sales-agent')).toEqual([true, false]);
    expect(differs('bob@example.com', 'email-assistant')).toEqual([false, true]);
    expect(differs('carol@example.com', 'email-assistant')).toEqual([false, true]);
    expect(differs('jane-doe', 'reminder-assistant')).toEqual([false, true]);
    expect(differs('john-doe', 'reminder-assistant')).toEqual([true, true]);
    // Generated users keep their statuses on every connection both environments have.
    const generated = (s: EmulatorState) =>
      s.accounts
        .filter((a) => a.identifier.startsWith('user-') && a.connectionName !== 'notion')
        .map((a) => `${a.identifier} ${a.connectionName} ${a.status}`);
    expect(generated(prod)).toEqual(generated(dev));
  });
});

describe('an emulator started with the production variant', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator({ seedVariant: 'production', seedToolCalls: 200 });
  });
  afterAll(() => emu.stop());

  it('serves the production seed over REST, and a reset keeps the variant unless told otherwise', async () => {
    const names = async () => {
      const r = await emu.api<{ configs: { name: string }[] }>('GET', '/api/v1/mcp/configs');
      return r.body.configs.map((c) => c.name).sort();
    };
    const conns = await emu.api<{ connections: { key_id: string; provider_key: string }[] }>(
      'GET',
      '/api/v1/connections/app?page_size=100',
    );
    expect(conns.body.connections.find((c) => c.key_id === 'googledrive')?.provider_key).toBe('ONEDRIVE');
    expect(conns.body.connections.some((c) => c.key_id === 'notion')).toBe(false);
    expect(await names()).toEqual(['email-assistant', 'reminder-assistant', 'sales-agent']);
    await emu.control('POST', '/reset', { seed_users: 5 });
    expect(await names()).toEqual(['email-assistant', 'reminder-assistant', 'sales-agent']);
    await emu.control('POST', '/reset', { seed_users: 5, seed_variant: 'development' });
    expect(await names()).toContain('engineering-agent');
    const bad = await fetch(`${emu.url}/_emulator/reset`, {
      method: 'POST',
      body: JSON.stringify({ seed_variant: 'staging' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('seed_variant must be development or production');
  });
});
