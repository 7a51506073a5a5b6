import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());

type Cfg = {
  id: string;
  name: string;
  mcp_server_url: string;
  connection_tool_mappings?: { connection_name: string; tools?: string[] }[];
};

describe('auth', () => {
  it('rejects API calls without or with a bad bearer token', async () => {
    expect((await fetch(`${emu.url}/api/v1/mcp/configs`)).status).toBe(401);
    const bad = await fetch(`${emu.url}/api/v1/mcp/configs`, { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { code: number }).code).toBe(16);
  });

  it('rejects wrong client credentials', async () => {
    const res = await fetch(`${emu.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=skc_emulator_demo&client_secret=wrong',
    });
    expect(res.status).toBe(401);
  });

  it('issues tokens with type and lifetime', async () => {
    const res = await fetch(`${emu.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=${emu.clientId}&client_secret=${emu.clientSecret}`,
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
  });
});

describe('MCP configs', () => {
  it('creates with a bare body (201) and an mcp_server_url on /mcp/v3/servers/<uuid>', async () => {
    const res = await emu.api<{ config: Cfg }>('POST', '/api/v1/mcp/configs', {
      name: 'mail-bot',
      description: 'test',
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
    });
    expect(res.status).toBe(201);
    expect(res.body.config.mcp_server_url).toMatch(/\/mcp\/v3\/servers\/[0-9a-f-]{36}$/);
    const got = await emu.api<{ config: Cfg }>('GET', `/api/v1/mcp/configs/${res.body.config.id}`);
    expect(got.body.config.connection_tool_mappings).toEqual([
      expect.objectContaining({ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }),
    ]);
  });

  it.each([
    [{ name: 'Bad Name' }, 'lowercase letters, digits, hyphens and underscores'],
    [{ name: '' }, 'name is required'],
    [{ name: 'x'.repeat(101) }, 'at most 100 characters'],
    [
      { name: 'nope-conn', connection_tool_mappings: [{ connection_name: 'nope' }] },
      'connection "nope" does not exist',
    ],
    [
      {
        name: 'wrong-tool',
        connection_tool_mappings: [{ connection_name: 'gmail', tools: ['slack_send_message'] }],
      },
      'tool "slack_send_message" does not belong to connection "gmail"',
    ],
    [
      {
        name: 'too-many',
        connection_tool_mappings: Array.from({ length: 26 }, () => ({ connection_name: 'gmail' })),
      },
      'at most 25 connection mappings',
    ],
  ])('refuses %j with a message naming the problem', async (body, message) => {
    const res = await emu.api<{ message: string; details: unknown[] }>('POST', '/api/v1/mcp/configs', body);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(message);
    expect(JSON.stringify(res.body.details)).toContain('field_violations');
  });

  it('refuses a duplicate name with 409, and exactly one of two concurrent creates wins', async () => {
    const body = { name: 'race-me', connection_tool_mappings: [{ connection_name: 'slack' }] };
    const results = await Promise.all([
      emu.api('POST', '/api/v1/mcp/configs', body),
      emu.api('POST', '/api/v1/mcp/configs', body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('updates replace mappings, keep the name immutable, and 404 unknown ids', async () => {
    const created = await emu.api<{ config: Cfg }>('POST', '/api/v1/mcp/configs', {
      name: 'editable',
      connection_tool_mappings: [{ connection_name: 'gmail' }],
    });
    const id = created.body.config.id;
    const upd = await emu.api<{ config: Cfg }>('PUT', `/api/v1/mcp/configs/${id}`, {
      connection_tool_mappings: [{ connection_name: 'slack', tools: ['slack_send_message'] }],
    });
    expect(upd.status).toBe(200);
    expect(upd.body.config.connection_tool_mappings?.map((m) => m.connection_name)).toEqual(['slack']);
    const rename = await emu.api<{ message: string }>('PUT', `/api/v1/mcp/configs/${id}`, {
      name: 'renamed',
    });
    expect(rename.status).toBe(400);
    expect(rename.body.message).toContain('name cannot be changed');
    expect((await emu.api('PUT', '/api/v1/mcp/configs/cfg_404', { description: 'x' })).status).toBe(404);
    expect((await emu.api('DELETE', `/api/v1/mcp/configs/${id}`)).status).toBe(200);
    expect((await emu.api('GET', `/api/v1/mcp/configs/${id}`)).status).toBe(404);
  });

  it('pages with page_token and total_size, at most 30 a page', async () => {
    for (let i = 0; i < 32; i++) {
      await emu.api('POST', '/api/v1/mcp/configs', {
        name: `bulk-${i}`,
        connection_tool_mappings: [{ connection_name: 'notion' }],
      });
    }
    const first = await emu.api<{ configs: Cfg[]; next_page_token: string; total_size: number }>(
      'GET',
      '/api/v1/mcp/configs?page_size=30',
    );
    expect(first.body.configs).toHaveLength(30);
    const total = first.body.total_size;
    expect(total).toBeGreaterThan(30);
    const second = await emu.api<{ configs: Cfg[] }>(
      `GET`,
      `/api/v1/mcp/configs?page_size=30&page_token=${first.body.next_page_token}`,
    );
    expect(first.body.configs.length + second.body.configs.length).toBe(Math.min(total, 60));
    expect((await emu.api('GET', '/api/v1/mcp/configs?page_size=31')).status).toBe(400);
    expect((await emu.api('GET', '/api/v1/mcp/configs?page_token=garbage')).status).toBe(400);
  });

  it('filters by name, provider, server url and search', async () => {
    const all = await emu.api<{ configs: Cfg[] }>('GET', '/api/v1/mcp/configs?filter.name=EMAIL-ASSISTANT');
    expect(all.body.configs.map((c) => c.name)).toEqual(['email-assistant']);
    const url = all.body.configs[0].mcp_server_url;
    const byUrl = await emu.api<{ configs: Cfg[] }>(
      'GET',
      `/api/v1/mcp/configs?filter.mcp_server_url=${encodeURIComponent(url)}`,
    );
    expect(byUrl.body.configs.map((c) => c.name)).toEqual(['email-assistant']);
    const byProvider = await emu.api<{ configs: Cfg[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.provider=HUBSPOT',
    );
    expect(byProvider.body.configs.map((c) => c.name)).toEqual(['sales-agent']);
    const search = await emu.api<{ configs: Cfg[] }>('GET', '/api/v1/mcp/configs?search=agent');
    expect(search.body.configs.map((c) => c.name).sort()).toEqual(['engineering-agent', 'sales-agent']);
  });
});

describe('bad input', () => {
  it('answers malformed JSON, oversize bodies, unknown routes and wrong methods with 4xx', async () => {
    const malformed = await emu.api<{ message: string }>('POST', '/api/v1/mcp/configs', '{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain('not valid JSON');
    const big = await emu.api('POST', '/api/v1/mcp/configs', {
      name: 'big',
      description: 'x'.repeat(1_100_000),
    });
    expect(big.status).toBe(413);
    expect((await emu.api('GET', '/api/v1/nothing-here')).status).toBe(404);
    expect((await emu.api('PATCH', '/api/v1/mcp/configs')).status).toBe(405);
    const wrongType = await emu.api<{ message: string }>('POST', '/api/v1/mcp/configs', { name: 42 });
    expect(wrongType.status).toBe(400);
    // Still alive after all that.
    expect((await emu.api('GET', '/api/v1/mcp/configs')).status).toBe(200);
  });
});
