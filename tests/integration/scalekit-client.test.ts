/** The real client against a real emulator over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScalekitClient, ScalekitError, type ScalekitClient } from '@/lib/scalekit';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

let emu: TestEmulator;
let sk: ScalekitClient;
beforeAll(async () => {
  emu = await startTestEmulator();
  sk = createScalekitClient({
    baseUrl: emu.url,
    clientId: emu.clientId,
    clientSecret: emu.clientSecret,
    sleep: async () => {},
    logger: () => {},
  });
});
afterAll(() => emu.stop());

describe('typed Scalekit client against the emulator', () => {
  it('configs: create, get, update, list (paging past 30), delete, with parsed types', async () => {
    const created = await sk.configs.create({
      name: 'client-test',
      description: 'd',
      mappings: [{ connectionName: 'gmail', tools: [] }],
    });
    expect(created).toMatchObject({
      name: 'client-test',
      mappings: [{ connectionName: 'gmail', tools: [], provider: 'GMAIL' }],
    });
    expect(created.mcpServerUrl).toContain('/mcp/v3/servers/');
    const updated = await sk.configs.update(created.id, {
      mappings: [{ connectionName: 'slack', tools: ['slack_send_message'] }],
    });
    expect(updated.mappings.map((m) => m.connectionName)).toEqual(['slack']);
    for (let i = 0; i < 30; i++)
      await sk.configs.create({ name: `page-${i}`, mappings: [{ connectionName: 'notion', tools: [] }] });
    // The four seeded configs (the guides' reminder-assistant included) and the 31 created here.
    const all = await sk.configs.listAll();
    expect(all.length).toBe(35);
    expect(new Set(all.map((c) => c.id)).size).toBe(35);
    expect((await sk.configs.list({ pageSize: 1 })).totalSize).toBe(35);
    await sk.configs.delete(created.id);
    await expect(sk.configs.get(created.id)).rejects.toMatchObject({
      status: 404,
      message: 'MCP configuration does not exist',
    });
  });

  it('maps 409 and 400 to messages a person can act on', async () => {
    await expect(sk.configs.create({ name: 'email-assistant', mappings: [] })).rejects.toMatchObject({
      status: 409,
    });
    const err = (await sk.configs
      .create({ name: 'x', mappings: [{ connectionName: 'gmail', tools: ['slack_send_message'] }] })
      .catch((e) => e)) as ScalekitError;
    expect(err.status).toBe(400);
    expect(err.message).toContain('slack_send_message');
    expect(err.fieldViolations.length).toBeGreaterThan(0);
  });

  it('auth state, session tokens, accounts, magic links, connections and tools', async () => {
    const cfg = (await sk.configs.list({ filter: { name: 'email-assistant' } })).items[0];
    const state = await sk.mcp.authState(cfg.id, 'bob@example.com');
    expect(state.map((s) => [s.connectionName, s.status])).toEqual([
      ['gmail', 'ACTIVE'],
      ['googlecalendar', 'PENDING_AUTH'],
    ]);
    const none = await sk.mcp.authState(cfg.id, 'nobody@example.com');
    expect(none.every((s) => s.status === null && s.connectedAccountId === '')).toBe(true);
    await expect(sk.mcp.createSessionToken(cfg.id, { identifier: 'bob@example.com' })).rejects.toThrow(
      /googlecalendar/,
    );
    const tok = await sk.mcp.createSessionToken(cfg.id, {
      identifier: 'alice@example.com',
      expirySeconds: 300,
      accessLevel: 'READ_ONLY',
    });
    expect(Date.parse(tok.expiresAt) - Date.now()).toBeGreaterThan(250_000);
    const accounts = await sk.connectedAccounts.list({ identifier: 'alice@example.com' });
    expect(accounts.items.length).toBe(10);
    expect(accounts.items.every((a) => a.status === 'ACTIVE' && a.tokenExpiresAt)).toBe(true);
    const found = await sk.connectedAccounts.search('carol');
    expect(found.items.some((a) => a.status === 'EXPIRED')).toBe(true);
    const ml = await sk.connectedAccounts.magicLink({
      connectionName: 'linear',
      identifier: 'new@example.com',
    });
    expect(ml.link).toContain('/connect/authorize/');
    const conns = await sk.connections.listAll();
    expect(conns.map((c) => c.name)).toContain('hubspot');
    const hubspot = await sk.tools.listAllForConnector('hubspot');
    expect(hubspot).toHaveLength(457);
    expect(hubspot.some((t) => t.readOnly)).toBe(true);
    expect(await sk.ping()).toMatchObject({ ok: true });
  });

  it('shares one upstream call for concurrent identical reads (emulator counters)', async () => {
    const cfg = (await sk.configs.list({ filter: { name: 'sales-agent' } })).items[0];
    await emu.control('DELETE', '/counters');
    await Promise.all(Array.from({ length: 20 }, () => sk.mcp.authState(cfg.id, 'alice@example.com')));
    const { counters } = await emu.control<{ counters: Record<string, number> }>('GET', '/counters');
    expect(counters['POST /api/v1/mcp/configs/{config_id}/connected_accounts']).toBe(1);
  });

  it('rides out injected 503s and recovers from revoked API tokens', async () => {
    await emu.control('POST', '/faults', {
      path: '/api/v1/connections/app',
      status: 503,
      retry_after: 0,
      times: 2,
    });
    expect((await sk.connections.list()).items.length).toBeGreaterThan(0);
    await emu.control('POST', '/expire-api-tokens');
    expect((await sk.configs.list({ pageSize: 1 })).items).toHaveLength(1);
  });

  it('reports malformed bodies and timeouts clearly', async () => {
    await emu.control('POST', '/faults', { path: '/api/v1/tools', malformed_body: true, times: 1 });
    await expect(sk.tools.list({ connector: 'gmail' })).rejects.toThrow(/malformed JSON/);
    const slow = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
      timeoutMs: 200,
      maxRetries: 0,
      logger: () => {},
    });
    await emu.control('POST', '/faults', { path: '/api/v1/mcp/configs', latency_ms: 600, times: 1 });
    await expect(slow.configs.list()).rejects.toMatchObject({ code: 'timeout' });
    await emu.control('DELETE', '/faults');
  });

  it('refuses wrong credentials with a message naming the variables', async () => {
    const bad = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: 'wrong',
      logger: () => {},
    });
    await expect(bad.configs.list()).rejects.toThrow('check SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET');
  });
});
