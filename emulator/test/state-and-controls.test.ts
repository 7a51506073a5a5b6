import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/store/catalog';
import { buildSeed } from '../src/store/seed';
import { startTestEmulator } from './helpers';

describe('catalog and seed', () => {
  it('loads the whole catalog with our descriptions and read-only flags', () => {
    const c = loadCatalog();
    expect(c.connectors).toHaveLength(348);
    expect(c.toolCount).toBe(15956);
    expect(c.tool('gmail_fetch_mails')).toMatchObject({
      readOnly: true,
      description: 'Fetch mails in Gmail (read-only).',
    });
    expect(c.tool('gmail_send_message')?.readOnly).toBe(false);
    expect(c.tool('gmail_batch_delete_messages')?.readOnly).toBe(false);
  });

  it('is deterministic and scales with the number of users', () => {
    const a = buildSeed(loadCatalog(), { seed: 'demo', seedUsers: 50 });
    const b = buildSeed(loadCatalog(), { seed: 'demo', seedUsers: 50 });
    const strip = (s: typeof a) => s.accounts.map((x) => [x.id, x.identifier, x.connectionName, x.status]);
    expect(strip(a)).toEqual(strip(b));
    // Ten connections named after their connectors, plus the guides' MY_GMAIL and MY_CALENDAR.
    expect(a.connections).toHaveLength(12);
    expect(a.configs).toHaveLength(4);
    expect(new Set(a.accounts.map((x) => x.status)).size).toBeGreaterThanOrEqual(4);
    const big = buildSeed(loadCatalog(), { seed: 'demo', seedUsers: 10_000 });
    // 10,000 generated users plus the named ones (the guides' john-doe and jane-doe included); dave@example.com
    // has no account on purpose.
    expect(new Set(big.accounts.map((x) => x.identifier)).size).toBe(10_005);
    expect(buildSeed(loadCatalog(), { seed: 'none', seedUsers: 10 }).connections).toHaveLength(0);
  });
});

describe('state', () => {
  it('persists across restarts and does not re-seed over existing state', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emu-persist-'));
    const first = await startTestEmulator({ dataDir });
    await first.api('POST', '/api/v1/mcp/configs', {
      name: 'survivor',
      connection_tool_mappings: [{ connection_name: 'gmail' }],
    });
    await first.stop();
    const second = await startTestEmulator({ dataDir });
    const r = await second.api<{ configs: { name: string }[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=survivor',
    );
    expect(r.body.configs).toHaveLength(1);
    await second.stop();
  });

  it('controls: expire, faults with Retry-After, malformed body, counters, reset', async () => {
    const emu = await startTestEmulator();
    const acct = await emu.api<{ connected_account: { id: string } }>(
      'GET',
      '/api/v1/connected_accounts/details?connector=gmail&identifier=alice%40example.com',
    );
    await emu.control('POST', `/accounts/${acct.body.connected_account.id}/expire`);
    const after = await emu.api<{ connected_account: { status: string } }>(
      'GET',
      `/api/v1/connected_accounts/${acct.body.connected_account.id}`,
    );
    expect(after.body.connected_account.status).toBe('EXPIRED');

    await emu.control('POST', '/faults', {
      path: '/api/v1/mcp/configs',
      status: 503,
      retry_after: 2,
      times: 1,
    });
    const faulty = await emu.api('GET', '/api/v1/mcp/configs');
    expect(faulty.status).toBe(503);
    expect(faulty.headers.get('retry-after')).toBe('2');
    expect((await emu.api('GET', '/api/v1/mcp/configs')).status).toBe(200);

    // Counted: the first two matching requests pass, the third fails, the fourth passes again.
    await emu.control('POST', '/faults', {
      path: '/api/v1/mcp/configs',
      method: 'GET',
      status: 500,
      after: 2,
      times: 1,
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await emu.api('GET', '/api/v1/mcp/configs')).status);
    expect(statuses).toEqual([200, 200, 500, 200]);

    // A retired tool is absent from this environment's catalog and refused in a config.
    await emu.control('POST', '/catalog/retire', { tools: ['gmail_list_labels'] });
    const gmailTools = await emu.api<{ tool_names: string[] }>(
      'GET',
      '/api/v1/tools?filter.connector=gmail&filter.summary=true&page_size=1000',
    );
    expect(gmailTools.body.tool_names).toContain('gmail_fetch_mails');
    expect(gmailTools.body.tool_names).not.toContain('gmail_list_labels');
    const refused = await emu.api('POST', '/api/v1/mcp/configs', {
      name: 'uses-retired',
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_list_labels'] }],
    });
    expect(refused.status).toBe(400);

    await emu.control('POST', '/faults', { path: '/api/v1/connections/*', malformed_body: true, times: 1 });
    const res = await fetch(`${emu.url}/api/v1/connections/app`, {
      headers: { authorization: `Bearer ${await emu.token()}` },
    });
    await expect(res.json()).rejects.toThrow();

    await emu.control('DELETE', '/counters');
    await emu.api('GET', '/api/v1/mcp/configs');
    await emu.api('GET', '/api/v1/mcp/configs');
    const counters = await emu.control<{ counters: Record<string, number> }>('GET', '/counters');
    expect(counters.counters['GET /api/v1/mcp/configs']).toBe(2);

    await emu.api('POST', '/api/v1/mcp/configs', {
      name: 'temp',
      connection_tool_mappings: [{ connection_name: 'gmail' }],
    });
    await emu.control('POST', '/reset', {});
    const list = await emu.api<{ total_size: number }>('GET', '/api/v1/mcp/configs');
    expect(list.body.total_size).toBe(4);
    await emu.stop();
  });

  it('hides the controls unless enabled', async () => {
    const emu = await startTestEmulator({ controls: false });
    expect((await fetch(`${emu.url}/_emulator/counters`)).status).toBe(404);
    await emu.stop();
  });
});
