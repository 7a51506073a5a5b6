/**
 * Tool-call logs (API.md §10): every call through an MCP server or execute_tool is logged (success,
 * platform errors for non-ACTIVE accounts, injected provider errors); the list's filters and paging; the
 * overview's arithmetic against the list; the seeded history.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

interface Log {
  id: string;
  execution_id: string;
  agent_run_id?: string;
  tool_name: string;
  provider: string;
  connected_account_id?: string;
  connection_id?: string;
  connection_name: string;
  identifier: string;
  source: string;
  mcp_config_id?: string;
  mcp_instance_id?: string;
  status: string;
  error_tier?: string;
  error_code?: string;
  error_message?: string;
  duration_ms?: number;
  started_at: string;
}
interface ListBody {
  tool_call_logs?: Log[];
  next_page_token?: string;
  prev_page_token?: string;
  total_size?: number;
}
interface Counts {
  total?: number;
  success?: number;
  errors?: number;
  provider_errors?: number;
  platform_errors?: number;
}
interface Overview extends Counts {
  top_error_codes?: { error_code: string; count: number }[];
  connector_breakdown?: (Counts & { provider: string })[];
  time_series?: (Counts & { bucket: string; bucket_duration_seconds: number })[];
}

const L = '/api/v1/agentkit/tool_call_logs';
const O = '/api/v1/agentkit/analytics/overview';
const SEEDED = 1500;

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ seedToolCalls: SEEDED });
});
afterAll(() => emu.stop());

const list = (q: string) => emu.api<ListBody>('GET', `${L}?${q}`);
const newest = async (q: string) => (await list(`page_size=1&${q}`)).body.tool_call_logs?.[0];

async function mcpClient(configName: string, identifier: string) {
  const cfgs = await emu.api<{ configs: { id: string; mcp_server_url: string }[] }>(
    'GET',
    `/api/v1/mcp/configs?filter.name=${configName}`,
  );
  const cfg = cfgs.body.configs[0];
  const minted = await emu.api<{ token: string }>('POST', `/api/v1/mcp/configs/${cfg.id}/tokens`, {
    identifier,
  });
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(cfg.mcp_server_url), {
      requestInit: { headers: { Authorization: `Bearer ${minted.body.token}` } },
    }),
  );
  return client;
}

async function accountId(identifier: string, connection: string) {
  const r = await emu.api<{ connected_account: { id: string } }>(
    'GET',
    `/api/v1/connected_accounts/details?connector=${connection}&identifier=${encodeURIComponent(identifier)}`,
  );
  return r.body.connected_account.id;
}

async function allRows(q = ''): Promise<Log[]> {
  const rows: Log[] = [];
  let token = '';
  for (;;) {
    const r = await list(`page_size=100&${q}${token ? `&page_token=${token}` : ''}`);
    expect(r.status).toBe(200);
    rows.push(...(r.body.tool_call_logs ?? []));
    if (!r.body.next_page_token) return rows;
    token = r.body.next_page_token;
  }
}

describe('logging tool calls', () => {
  it('logs MCP calls: a success, then a platform error once the account expired', async () => {
    const client = await mcpClient('email-assistant', 'alice@example.com');
    const ok = await client.callTool({ name: 'gmail_fetch_mails', arguments: { max_results: 1 } });
    expect(ok.isError).toBeFalsy();
    const gmail = await accountId('alice@example.com', 'gmail');
    const row = await newest('identifier=alice%40example.com&source=MCP');
    expect(row).toMatchObject({
      tool_name: 'gmail_fetch_mails',
      provider: 'gmail',
      connection_name: 'gmail',
      connected_account_id: gmail,
      source: 'MCP',
      // The server it came through: email-assistant's own URL, not a per-user instance.
      mcp_config_id: (
        await emu.api<{ configs: { id: string }[] }>('GET', '/api/v1/mcp/configs?filter.name=email-assistant')
      ).body.configs[0]!.id,
      status: 'success',
    });
    expect(row!.mcp_instance_id).toBeUndefined();
    expect(row!.error_code).toBeUndefined();
    expect(Date.now() - Date.parse(row!.started_at)).toBeLessThan(60_000);

    await emu.control('POST', `/accounts/${gmail}/expire`);
    const failed = await client.callTool({ name: 'gmail_fetch_mails', arguments: {} });
    expect(failed.isError).toBe(true);
    expect(JSON.stringify(failed.content)).toContain('EXPIRED');
    expect(await newest('identifier=alice%40example.com&source=MCP')).toMatchObject({
      status: 'platform_error',
      error_tier: 'platform',
      error_code: 'CONNECTED_ACCOUNT_EXPIRED',
      connected_account_id: gmail,
    });
    await emu.control('POST', `/accounts/${gmail}/activate`);
    await client.close();
  });

  it('logs injected provider failures on MCP calls, for the number of times asked', async () => {
    const fault = await emu.control<{ id?: string }>('POST', '/tool_faults', {
      connection: 'gmail',
      tool: 'gmail_send_message',
      status: 503,
      message: 'Gmail is down for maintenance',
      times: 1,
    });
    expect(fault.id).toBeTruthy();
    const client = await mcpClient('email-assistant', 'alice@example.com');
    const args = { to: 'x@example.org', subject: 's', body: 'b' };
    const failed = await client
      .callTool({ name: 'gmail_send_message', arguments: args })
      .catch((e: Error) => ({ isError: true, content: e.message }));
    expect(failed.isError).toBe(true);
    expect(JSON.stringify(failed.content)).toContain('Gmail is down for maintenance');
    expect(await newest('identifier=alice%40example.com&tool_name=gmail_send_message')).toMatchObject({
      tool_name: 'gmail_send_message',
      status: 'provider_error',
      error_tier: 'provider',
      error_code: 'PROVIDER_UNAVAILABLE',
      error_message: 'Gmail is down for maintenance',
    });
    const again = await client.callTool({ name: 'gmail_send_message', arguments: args });
    expect(again.isError).toBeFalsy();
    expect((await newest('identifier=alice%40example.com&tool_name=gmail_send_message'))!.status).toBe(
      'success',
    );
    await client.close();
  });

  it('implements execute_tool: execution_id and agent_run_id tie the call to its log row', async () => {
    const r = await emu.api<{ data: { messages: unknown[] }; execution_id: string }>(
      'POST',
      '/api/v1/execute_tool',
      {
        tool_name: 'gmail_fetch_mails',
        identifier: 'alice@example.com',
        params: { max_results: 2 },
        agent_run_id: 'run_test_1',
      },
    );
    expect(r.status).toBe(200);
    expect(r.body.data.messages).toHaveLength(2);
    const one = await emu.api<Log>('GET', `${L}/${r.body.execution_id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      execution_id: r.body.execution_id,
      agent_run_id: 'run_test_1',
      source: 'API',
      status: 'success',
      identifier: 'alice@example.com',
    });
    expect(one.body.mcp_config_id).toBeUndefined(); // no MCP server in between
    // The same row by its own id, and a clear 404 for an unknown one.
    expect((await emu.api<Log>('GET', `${L}/${one.body.id}`)).body.execution_id).toBe(r.body.execution_id);
    const missing = await emu.api<{ message: string }>('GET', `${L}/exec_nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('Execution ID not found');
  });

  it('execute_tool: platform errors (expired account) and injected provider errors are logged', async () => {
    const expired = await emu.api<{ message: string; details: { error_code: string }[] }>(
      'POST',
      '/api/v1/execute_tool',
      { tool_name: 'gmail_fetch_mails', identifier: 'carol@example.com', agent_run_id: 'run_test_2' },
    );
    expect(expired.status).toBe(400);
    expect(expired.body.details[0].error_code).toBe('CONNECTED_ACCOUNT_EXPIRED');
    expect(await newest('agent_run_id=run_test_2')).toMatchObject({
      status: 'platform_error',
      error_code: 'CONNECTED_ACCOUNT_EXPIRED',
      identifier: 'carol@example.com',
    });

    await emu.control('POST', '/tool_faults', { connection: 'slack', status: 429, latency_ms: 30 });
    const slow = await emu.api<{
      details: { error_code: string; tool_error_info: { execution_id: string } }[];
    }>('POST', '/api/v1/execute_tool', {
      tool_name: 'slack_send_message',
      connector: 'slack',
      identifier: 'alice@example.com',
      params: { channel: 'c', text: 't' },
      agent_run_id: 'run_test_2',
    });
    expect(slow.status).toBe(500);
    expect(slow.body.details[0].error_code).toBe('TOOL_ERROR');
    const row = await emu.api<Log>('GET', `${L}/${slow.body.details[0].tool_error_info.execution_id}`);
    expect(row.body).toMatchObject({
      status: 'provider_error',
      error_code: 'PROVIDER_RATE_LIMITED',
      agent_run_id: 'run_test_2',
    });
    expect(row.body.duration_ms).toBeGreaterThanOrEqual(30);
    await emu.control('DELETE', '/tool_faults');
    expect((await list('agent_run_id=run_test_2')).body.total_size).toBe(2);

    // Bad requests are refused before anything runs, and nothing is logged for them.
    const before = (await list('')).body.total_size;
    expect((await emu.api('POST', '/api/v1/execute_tool', { tool_name: 'no_such_tool' })).status).toBe(404);
    expect((await emu.api('POST', '/api/v1/execute_tool', { params: {} })).status).toBe(400);
    expect(
      (await emu.api('POST', '/api/v1/execute_tool', { tool_name: 'gmail_fetch_mails', connector: 'slack' }))
        .status,
    ).toBe(400);
    expect((await list('')).body.total_size).toBe(before);
    const badFault = await fetch(`${emu.url}/_emulator/tool_faults`, {
      method: 'POST',
      body: JSON.stringify({ connection: 'nope', status: 200 }),
    });
    expect(badFault.status).toBe(400);
  });
});

describe('listing', () => {
  let rows: Log[];
  beforeAll(async () => {
    rows = await allRows();
  });

  it('pages through everything with tokens, newest first, with a stable total', async () => {
    const first = await list('page_size=100');
    expect(rows.length).toBe(first.body.total_size);
    expect(rows.length).toBeGreaterThan(SEEDED);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (let i = 1; i < rows.length; i++)
      expect(Date.parse(rows[i - 1].started_at)).toBeGreaterThanOrEqual(Date.parse(rows[i].started_at));
    // A page token keeps its snapshot: a call made after page 1 does not shift page 2.
    await emu.api('POST', '/api/v1/execute_tool', {
      tool_name: 'gmail_fetch_mails',
      identifier: 'alice@example.com',
    });
    const second = await list(`page_size=100&page_token=${first.body.next_page_token}`);
    expect(second.body.tool_call_logs!.map((r) => r.id)).toEqual(rows.slice(100, 200).map((r) => r.id));
    expect(second.body.total_size).toBe(rows.length);
    const back = await list(`page_size=100&page_token=${second.body.prev_page_token}`);
    expect(back.body.tool_call_logs!.map((r) => r.id)).toEqual(rows.slice(0, 100).map((r) => r.id));
    expect((await list('page_size=100')).body.total_size).toBe(rows.length + 1);
    rows = await allRows();
  });

  it.each([
    ['status=provider_error', (r: Log) => r.status === 'provider_error'],
    ['status=success&status=platform_error', (r: Log) => r.status !== 'provider_error'],
    ['provider=gmail&provider=SLACK', (r: Log) => r.provider === 'gmail' || r.provider === 'slack'],
    ['source=api', (r: Log) => r.source === 'API'],
    ['identifier=carol%40example.com', (r: Log) => r.identifier === 'carol@example.com'],
    ['connection_name=CAL', (r: Log) => r.connection_name.toLowerCase().includes('cal')], // any case
    ['tool_name=gmail_fetch_mails', (r: Log) => r.tool_name === 'gmail_fetch_mails'],
    ['error_code=connected_account_expired', (r: Log) => r.error_code === 'CONNECTED_ACCOUNT_EXPIRED'],
    ['agent_run_id=run_test_1', (r: Log) => r.agent_run_id === 'run_test_1'],
    ['identifier=nobody%40example.com', () => false],
  ])('filters by %s', async (q, keep) => {
    const expected = rows.filter(keep);
    const r = await list(`page_size=100&${q}`);
    expect(r.status).toBe(200);
    expect(r.body.total_size ?? 0).toBe(expected.length);
    expect(r.body.tool_call_logs ?? []).toEqual(expected.slice(0, 100));
  });

  it('filters by ids and by time range', async () => {
    const sample = rows.find((r) => r.connected_account_id && r.connection_id)!;
    for (const [param, field] of [
      ['connected_account_id', 'connected_account_id'],
      ['connection_id', 'connection_id'],
    ] as const) {
      const r = await list(`page_size=1&${param}=${sample[field]}`);
      expect(r.body.total_size).toBe(rows.filter((x) => x[field] === sample[field]).length);
    }
    const start = rows[300].started_at;
    const end = rows[100].started_at;
    const inRange = rows.filter((r) => r.started_at >= start && r.started_at < end);
    const r = await list(`page_size=5&start_time=${start}&end_time=${end}`);
    expect(r.body.total_size).toBe(inRange.length);
    expect(r.body.tool_call_logs).toEqual(inRange.slice(0, 5));
  });

  it.each([
    ['page_size=0', 'page_size'],
    ['page_size=101', 'page_size'],
    ['page_size=ten', 'page_size'],
    ['page_token=bogus', 'page_token'],
    ['status=failed', 'status'],
    ['source=EMAIL', 'source'],
    ['start_time=yesterday', 'start_time'],
    ['start_time=2026-11-23T10:00:00Z&end_time=2026-11-23T09:00:00Z', 'end_time'],
    [`agent_run_id=${'x'.repeat(256)}`, 'agent_run_id'],
  ])('refuses %s with a 400 naming the field', async (q, field) => {
    const r = await emu.api<{ message: string; details: { validation_error_info: unknown }[] }>(
      'GET',
      `${L}?${q}`,
    );
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.details[0].validation_error_info)).toContain(field);
  });

  it('accepts page_size 1 and 100, and refuses a token replayed with other filters', async () => {
    expect((await list('page_size=1')).body.tool_call_logs).toHaveLength(1);
    const r = await list('page_size=100&status=success');
    expect(r.body.tool_call_logs).toHaveLength(100);
    const replay = await list(`page_size=100&status=provider_error&page_token=${r.body.next_page_token}`);
    expect(replay.status).toBe(400);
    expect(JSON.stringify(replay.body)).toContain('different filters');
  });
});

describe('overview', () => {
  const week = () => {
    const end = new Date(Date.now() + 60_000).toISOString();
    const start = new Date(Date.now() - 7 * 86_400_000).toISOString();
    return `start_time=${start}&end_time=${end}`;
  };

  it.each(['', '&provider=gmail', '&status=platform_error&status=provider_error', '&connection_name=google'])(
    'counts agree with the list for the same window and filters (%s)',
    async (filters) => {
      const q = `${week()}${filters}`;
      const o = (await emu.api<Overview>('GET', `${O}?${q}`)).body;
      const total = (await list(`page_size=1&${q}`)).body.total_size ?? 0;
      expect(o.total ?? 0).toBe(total);
      expect(total).toBeGreaterThan(0);
      const n = (x: number | undefined) => x ?? 0;
      expect(n(o.success) + n(o.errors)).toBe(total);
      expect(n(o.provider_errors) + n(o.platform_errors)).toBe(n(o.errors));
      expect(n(o.errors)).toBe(
        (await list(`page_size=1&${q}&status=provider_error&status=platform_error`)).body.total_size ?? 0,
      );
      const series = o.time_series!;
      expect(series.length).toBeLessThanOrEqual(30);
      expect(series.reduce((s, b) => s + n(b.total), 0)).toBe(total);
      expect(series.reduce((s, b) => s + n(b.provider_errors), 0)).toBe(n(o.provider_errors));
      expect(series[0].bucket_duration_seconds).toBe(21_600);
      expect(o.connector_breakdown!.reduce((s, c) => s + n(c.total), 0)).toBe(total);
      for (const c of o.top_error_codes ?? []) {
        const byCode = await list(`page_size=1&${q}&error_code=${c.error_code}`);
        expect(byCode.body.total_size).toBe(c.count);
      }
    },
  );

  it('picks bucket widths so any window has at most 30 buckets', async () => {
    const end = Date.now();
    for (const [hours, width] of [
      [1, 300],
      [24, 3600],
      [24 * 29, 86_400],
      [24 * 31, 259_200],
    ]) {
      const start = new Date(end - hours * 3_600_000).toISOString();
      const o = await emu.api<Overview>(
        'GET',
        `${O}?start_time=${start}&end_time=${new Date(end).toISOString()}`,
      );
      expect(o.status).toBe(200);
      expect(o.body.time_series!.length).toBeLessThanOrEqual(30);
      expect(o.body.time_series![0].bucket_duration_seconds).toBe(width);
    }
  });

  it.each([
    ['', 'start_time'],
    ['start_time=2026-11-01T00:00:00Z', 'end_time'],
    ['start_time=2026-11-02T00:00:00Z&end_time=2026-11-01T00:00:00Z', 'end_time'],
    ['start_time=2025-01-01T00:00:00Z&end_time=2026-01-01T00:00:00Z', 'start_time'],
    ['start_time=2026-11-01&end_time=2026-11-02T00:00:00Z', 'start_time'],
  ])('refuses the window %s', async (q, field) => {
    const r = await emu.api<{ message: string }>('GET', `${O}?${q}`);
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/time window|start_time/);
    expect(JSON.stringify(r.body)).toContain(field);
  });
});

describe('seeded history', () => {
  it('is deterministic, scales with the setting, and has carol failing after her Gmail expired', async () => {
    const a = await startTestEmulator({ seedToolCalls: 400 });
    const b = await startTestEmulator({ seedToolCalls: 400 });
    const none = await startTestEmulator({ seedToolCalls: 400, seed: 'none' });
    try {
      const rowsA = (await a.api<ListBody>('GET', `${L}?page_size=100`)).body;
      const rowsB = (await b.api<ListBody>('GET', `${L}?page_size=100`)).body;
      expect(rowsA.total_size).toBe(400);
      expect(rowsA.tool_call_logs!.map((r) => r.id)).toEqual(rowsB.tool_call_logs!.map((r) => r.id));
      expect((await none.api<ListBody>('GET', L)).body.total_size ?? 0).toBe(0);
      // All of it inside the last week.
      const end = new Date(Date.now() + 60_000).toISOString();
      const start = new Date(Date.now() - 7 * 86_400_000 - 60_000).toISOString();
      const o = await a.api<Overview>('GET', `${O}?start_time=${start}&end_time=${end}`);
      expect(o.body.total).toBe(400);
    } finally {
      await Promise.all([a.stop(), b.stop(), none.stop()]);
    }

    // The default-sized history of this file's emulator: carol's Gmail.
    const carol = await emu.api<{ connected_account: { token_expires_at: string } }>(
      'GET',
      '/api/v1/connected_accounts/details?connector=gmail&identifier=carol%40example.com',
    );
    const expiredAt = Date.parse(carol.body.connected_account.token_expires_at);
    expect(Date.now() - expiredAt).toBeLessThan(7 * 86_400_000);
    const gmail = await allRows('identifier=carol%40example.com&provider=gmail');
    const after = gmail.filter((r) => Date.parse(r.started_at) >= expiredAt && r.source !== 'API');
    const before = gmail.filter((r) => Date.parse(r.started_at) < expiredAt);
    expect(after.length).toBeGreaterThan(0);
    expect(before.some((r) => r.status === 'success')).toBe(true);
    expect(after.every((r) => r.error_code === 'CONNECTED_ACCOUNT_EXPIRED')).toBe(true);
    // A few agent runs of several calls each.
    const runs = new Map<string, number>();
    for (const r of await allRows('identifier=carol%40example.com'))
      if (r.agent_run_id) runs.set(r.agent_run_id, (runs.get(r.agent_run_id) ?? 0) + 1);
    expect([...runs.values()].some((n) => n >= 3)).toBe(true);
  });

  it('keeps live calls across a restart and regenerates the seeded history', async () => {
    const first = await startTestEmulator({ seedToolCalls: 50 });
    const r = await first.api<{ execution_id: string }>('POST', '/api/v1/execute_tool', {
      tool_name: 'gmail_fetch_mails',
      identifier: 'alice@example.com',
    });
    await first.close();
    const second = await startTestEmulator({ dataDir: first.dataDir, seedToolCalls: 9999 });
    try {
      expect((await second.api<ListBody>('GET', L)).body.total_size).toBe(51);
      expect((await second.api<Log>('GET', `${L}/${r.body.execution_id}`)).status).toBe(200);
      await second.control('POST', '/reset', { seed_tool_calls: 10 });
      expect((await second.api<ListBody>('GET', L)).body.total_size).toBe(10);
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
