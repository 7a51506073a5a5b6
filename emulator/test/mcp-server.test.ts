import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionTokens } from '../src/session-tokens/session-tokens';
import { startTestEmulator, type TestEmulator } from './helpers';

let emu: TestEmulator;
let cfg: { id: string; mcp_server_url: string };
beforeAll(async () => {
  emu = await startTestEmulator();
  const r = await emu.api<{ configs: (typeof cfg)[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  cfg = r.body.configs[0];
});
afterAll(() => emu.stop());

const mint = (body: Record<string, unknown>, id = cfg.id) =>
  emu.api<{ token: string; expires_at: string; message: string }>(
    'POST',
    `/api/v1/mcp/configs/${id}/tokens`,
    body,
  );

async function connect(url: string, token: string) {
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
  return client;
}

describe('session tokens', () => {
  it('mints an RS256 JWT verifiable with /keys, with the documented claims and default 1 h expiry', async () => {
    const r = await mint({ identifier: 'alice@example.com' });
    expect(r.status).toBe(200);
    const { payload, protectedHeader } = await jwtVerify(
      r.body.token,
      createRemoteJWKSet(new URL(`${emu.url}/keys`)),
      {
        audience: cfg.mcp_server_url,
      },
    );
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.sub).toBe('alice@example.com');
    expect(payload.mcp_cfg).toBe(cfg.id);
    expect(payload.access_level).toBe('FULL');
    expect(payload.jti).toBeTruthy();
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(Date.parse(r.body.expires_at)).toBe(payload.exp! * 1000);
  });

  it.each([
    [{ identifier: 'alice@example.com', expiry: '59s' }, 400],
    [{ identifier: 'alice@example.com', expiry: '86401s' }, 400],
    [{ identifier: 'alice@example.com', expiry: 'soon' }, 400],
    [{ identifier: 'alice@example.com', access_level: 'ADMIN' }, 400],
    [{ identifier: '' }, 400],
  ])('refuses %j', async (body, status) => {
    expect((await mint(body)).status).toBe(status);
  });

  it('names the connections that are not ACTIVE, and 404s unknown configs', async () => {
    const r = await mint({ identifier: 'bob@example.com' });
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('googlecalendar');
    expect(r.body.message).not.toContain('gmail');
    expect((await mint({ identifier: 'alice@example.com' }, 'cfg_missing')).status).toBe(404);
  });
});

describe('MCP server', () => {
  it('lists exactly the mapped tools with read-only hints, and calls one', async () => {
    const token = (await mint({ identifier: 'alice@example.com' })).body.token;
    const client = await connect(cfg.mcp_server_url, token);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        'gmail_fetch_mails',
        'gmail_get_message_by_id',
        'gmail_send_message',
        'googlecalendar_create_event',
        'googlecalendar_list_events',
      ].sort(),
    );
    expect(tools.find((t) => t.name === 'gmail_fetch_mails')?.annotations?.readOnlyHint).toBe(true);
    expect(tools.find((t) => t.name === 'gmail_send_message')?.annotations?.readOnlyHint).toBe(false);
    const result = await client.callTool({ name: 'gmail_fetch_mails', arguments: { max_results: 2 } });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { messages: { to: string }[] };
    expect(data.messages).toHaveLength(2);
    expect(data.messages[0].to).toBe('alice@example.com');
    const again = await client.callTool({ name: 'gmail_fetch_mails', arguments: { max_results: 2 } });
    expect(again.structuredContent).toEqual(result.structuredContent);
    await client.close();
  });

  it('READ_ONLY tokens see and call only read-only tools', async () => {
    const token = (await mint({ identifier: 'alice@example.com', access_level: 'READ_ONLY' })).body.token;
    const client = await connect(cfg.mcp_server_url, token);
    const { tools } = await client.listTools();
    expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
    expect(tools.map((t) => t.name)).not.toContain('gmail_send_message');
    const write = await client.callTool({ name: 'gmail_send_message', arguments: {} });
    expect(write.isError).toBe(true);
    expect(JSON.stringify(write.content)).toContain('READ_ONLY');
    await client.close();
  });

  it('refuses a missing token, a token for another config, and an expired token with 401', async () => {
    const noToken = await fetch(cfg.mcp_server_url, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('www-authenticate')).toContain('invalid_token');
    const other = await emu.api<{ configs: { id: string }[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=engineering-agent',
    );
    // carol is ACTIVE on everything the engineering config maps.
    const foreign = await mint({ identifier: 'carol@example.com' }, other.body.configs[0].id);
    expect(foreign.status).toBe(200);
    await expect(connect(cfg.mcp_server_url, foreign.body.token)).rejects.toThrow(/401|another MCP server/);
    const tokens = await createSessionTokens({
      store: emu.store,
      dataDir: emu.dataDir,
      baseUrl: emu.url,
      now: () => Date.now() - 2 * 3600_000,
    });
    const expired = (await tokens.mint(cfg.id, { identifier: 'alice@example.com', expiry: '60s' })) as {
      token: string;
    };
    expect(decodeJwt(expired.token).exp! * 1000).toBeLessThan(Date.now());
    const res = await fetch(cfg.mcp_server_url, {
      method: 'POST',
      headers: { authorization: `Bearer ${expired.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('expired');
  });

  it('fails a tool call with a clear error once the account is no longer ACTIVE, and follows config changes', async () => {
    const token = (await mint({ identifier: 'alice@example.com' })).body.token;
    const acct = await emu.api<{ connected_account: { id: string } }>(
      'GET',
      '/api/v1/connected_accounts/details?connector=gmail&identifier=alice%40example.com',
    );
    await emu.control('POST', `/accounts/${acct.body.connected_account.id}/expire`);
    const client = await connect(cfg.mcp_server_url, token);
    const r = await client.callTool({ name: 'gmail_fetch_mails', arguments: {} });
    expect(r.isError).toBe(true);
    expect(JSON.stringify(r.content)).toContain('EXPIRED');
    await client.close();
    await emu.control('POST', `/accounts/${acct.body.connected_account.id}/activate`);

    await emu.api('PUT', `/api/v1/mcp/configs/${cfg.id}`, {
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_list_labels'] }],
    });
    const fresh = await connect(cfg.mcp_server_url, token);
    expect((await fresh.listTools()).tools.map((t) => t.name)).toEqual(['gmail_list_labels']);
    await fresh.close();
    await emu.api('DELETE', `/api/v1/mcp/configs/${cfg.id}`);
    expect(
      (await fetch(cfg.mcp_server_url, { method: 'POST', headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(404);
  });
});
