/**
 * Instance URLs as agents use them: real MCP clients (the MCP SDK and LangChain's MultiServerMCPClient)
 * connecting with no headers at all; the URL as the only credential; tools resolved live from the config.
 */
import { MultiServerMCPClient } from '@langchain/mcp-adapters';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

interface Instance {
  id: string;
  url: string;
  last_used_at?: string;
  config: { id: string; name: string };
}
const GUIDE_TOOLS = ['gmail_fetch_mails', 'googlecalendar_create_event', 'googlecalendar_list_events'];

let emu: TestEmulator;
const seeded: Record<string, Instance> = {};
beforeAll(async () => {
  emu = await startTestEmulator();
  const r = await emu.api<{ instances: (Instance & { user_identifier: string })[] }>(
    'GET',
    '/api/v1/mcp/instances?filter.config_name=reminder-assistant',
  );
  for (const i of r.body.instances) seeded[i.user_identifier] = i;
});
afterAll(() => emu.stop());

async function sdkClient(url: string) {
  const client = new Client({ name: 'instance-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

/** One raw JSON-RPC request, no Authorization header. */
async function rpc(url: string, method: string, params: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, never>) : {} };
}
const listedNames = async (url: string) =>
  ((await rpc(url, 'tools/list')).body.result as { tools: { name: string }[] }).tools
    .map((t) => t.name)
    .sort();

describe('MCP clients on an instance URL, with no headers', () => {
  it('the MCP SDK lists exactly the mapped tools and calls one as the instance user', async () => {
    const client = await sdkClient(seeded['john-doe'].url);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(GUIDE_TOOLS);
      const result = await client.callTool({ name: 'gmail_fetch_mails', arguments: {} });
      expect(result.isError).toBeFalsy();
      const mails = result.structuredContent as { messages: { to: string }[] };
      expect(mails.messages.length).toBeGreaterThan(0);
      expect(mails.messages.every((m) => m.to === 'john-doe')).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('LangChain MultiServerMCPClient (streamable HTTP) loads exactly the mapped tools and runs one', async () => {
    const client = new MultiServerMCPClient({
      mcpServers: {
        reminder_demo: {
          transport: 'http',
          url: seeded['john-doe'].url,
          automaticSSEFallback: false,
        },
      },
      useStandardContentBlocks: true,
    });
    try {
      const tools = await client.getTools();
      expect(tools.map((t) => t.name).sort()).toEqual(GUIDE_TOOLS);
      const list = tools.find((t) => t.name === 'googlecalendar_list_events')!;
      const out = JSON.stringify(await list.invoke({}));
      expect(out).toContain('john-doe');
    } finally {
      await client.close();
    }
  });
});

describe('the URL is the credential', () => {
  it('answers 404 to a guessed or altered URL, whatever part is wrong', async () => {
    const john = seeded['john-doe'];
    const jane = seeded['jane-doe'];
    const [base, secret] = [john.url.slice(0, john.url.lastIndexOf('/')), john.url.split('/').pop()!];
    const flipped = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    const janeSecret = jane.url.split('/').pop()!;
    const wrong = [
      `${base}/${flipped}`, // one character altered
      `${base}/${secret.slice(0, -1)}`, // truncated
      `${base}/${secret}x`, // extended
      `${base}/${janeSecret}`, // someone else's secret on this id
      `${base}`, // no secret
      `${base}/`, // empty secret
      `${john.url}/extra`, // extra path
      `${emu.url}/mcp/v2/instances/inst_1/${secret}`, // this secret on another id
      `${emu.url}/mcp/v2/instances/${john.id.replace(/\d$/, (d) => String((Number(d) + 1) % 10))}/${secret}`,
    ];
    for (const url of wrong) {
      const r = await rpc(url, 'tools/list');
      expect(r.status, url.replace(secret, '<secret>')).toBe(404);
      expect(r.body).not.toHaveProperty('result');
    }
    expect((await rpc(john.url, 'tools/list')).status).toBe(200);
    expect((await rpc(`${john.url}/`, 'tools/list')).status).toBe(200); // a trailing slash is the same URL
  });

  it('needs no Authorization header, and ignores one (a token does not open another instance)', async () => {
    const minted = await emu.api<{ token: string }>(
      'POST',
      `/api/v1/mcp/configs/${seeded['john-doe'].config.id}/tokens`,
      { identifier: 'john-doe' },
    );
    const jane = seeded['jane-doe'];
    const res = await fetch(jane.url.replace(/[^/]+$/, 'not-the-secret'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${minted.body.token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
    });
    expect(res.status).toBe(404);
  });

  it('records each use in last_used_at', async () => {
    const inst = (
      await emu.api<{ instance: Instance }>('POST', '/api/v1/mcp/instances', {
        config_name: 'reminder-assistant',
        user_identifier: 'uses@example.com',
      })
    ).body.instance;
    expect(inst.last_used_at).toBeUndefined();
    await rpc(inst.url, 'tools/list');
    const first = (await emu.api<{ instance: Instance }>('GET', `/api/v1/mcp/instances/${inst.id}`)).body
      .instance;
    expect(first.last_used_at).toBeDefined();
    await new Promise((r) => setTimeout(r, 5));
    await rpc(inst.url, 'tools/list');
    const second = (await emu.api<{ instance: Instance }>('GET', `/api/v1/mcp/instances/${inst.id}`)).body
      .instance;
    expect(Date.parse(second.last_used_at!)).toBeGreaterThan(Date.parse(first.last_used_at!));
    // A rejected URL is not a use.
    await rpc(
      inst.url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      'tools/list',
    );
    const third = (await emu.api<{ instance: Instance }>('GET', `/api/v1/mcp/instances/${inst.id}`)).body
      .instance;
    expect(third.last_used_at).toBe(second.last_used_at);
  });
});

describe('tools act as the instance user, and follow the config', () => {
  it('fails a call on a connection that is not ACTIVE with a clear tool error', async () => {
    const jane = seeded['jane-doe'];
    const pending = await rpc(jane.url, 'tools/call', {
      name: 'googlecalendar_create_event',
      arguments: { summary: 'Reminder', start_datetime: '2026-11-24T09:00:00Z' },
    });
    const result = pending.body.result as { isError?: boolean; content: { text: string }[] };
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toContain('MY_CALENDAR connection for jane-doe is PENDING_AUTH');
    const ok = await rpc(jane.url, 'tools/call', { name: 'gmail_fetch_mails', arguments: {} });
    expect((ok.body.result as { isError?: boolean }).isError).toBeFalsy();
    const dave = await rpc(seeded['dave@example.com'].url, 'tools/call', {
      name: 'gmail_fetch_mails',
      arguments: {},
    });
    expect((dave.body.result as { content: { text: string }[] }).content[0].text).toContain(
      'MY_GMAIL connection for dave@example.com is not connected',
    );
  });

  it('shows a config change, or a move to another config, at once', async () => {
    const cfg = (
      await emu.api<{ config: { id: string; name: string } }>('POST', '/api/v1/mcp/configs', {
        name: 'instance-live',
        connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
      })
    ).body.config;
    const inst = (
      await emu.api<{ instance: Instance }>('POST', '/api/v1/mcp/instances', {
        config_name: cfg.name,
        user_identifier: 'live@example.com',
      })
    ).body.instance;
    expect(await listedNames(inst.url)).toEqual(['gmail_fetch_mails']);
    await emu.api('PUT', `/api/v1/mcp/configs/${cfg.id}`, {
      connection_tool_mappings: [{ connection_name: 'slack', tools: ['slack_send_message'] }],
    });
    expect(await listedNames(inst.url)).toEqual(['slack_send_message']);
    await emu.api('PATCH', `/api/v1/mcp/instances/${inst.id}`, { config_name: 'reminder-assistant' });
    expect(await listedNames(inst.url)).toEqual(GUIDE_TOOLS);
  });

  it('answers 404 once the instance or its config is deleted', async () => {
    const cfg = (
      await emu.api<{ config: { id: string; name: string } }>('POST', '/api/v1/mcp/configs', {
        name: 'instance-gone',
        connection_tool_mappings: [{ connection_name: 'notion' }],
      })
    ).body.config;
    const ensure = (user: string) =>
      emu.api<{ instance: Instance }>('POST', '/api/v1/mcp/instances', {
        config_name: cfg.name,
        user_identifier: user,
      });
    const a = (await ensure('a@example.com')).body.instance;
    const b = (await ensure('b@example.com')).body.instance;
    expect((await rpc(a.url, 'tools/list')).status).toBe(200);
    await emu.api('DELETE', `/api/v1/mcp/instances/${a.id}`);
    expect((await rpc(a.url, 'tools/list')).status).toBe(404);
    expect((await rpc(b.url, 'tools/list')).status).toBe(200);
    await emu.api('DELETE', `/api/v1/mcp/configs/${cfg.id}`);
    expect((await rpc(b.url, 'tools/list')).status).toBe(404);
  });
});
