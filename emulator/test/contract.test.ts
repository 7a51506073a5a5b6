/**
 * Every REST response the emulator sends, success and error, checked against the published contract
 * (emulator/contract/agentkit.openapi.json). The contract declares error bodies as `{}`, so errors are also
 * checked against the `{code, message, details}` shape we send. /api/v1/connections/app is not in the
 * contract: it is checked against a schema written from API.md §6.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

const doc = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'contract', 'agentkit.openapi.json'), 'utf8'),
);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'openapi');

const errorShape = ajv.compile({
  type: 'object',
  required: ['code', 'message', 'details'],
  properties: {
    code: { type: 'integer', minimum: 1, maximum: 16 },
    message: { type: 'string', minLength: 1 },
    details: { type: 'array', items: { type: 'object', required: ['@type'] } },
  },
});
const connectionsShape = ajv.compile({
  type: 'object',
  properties: {
    connections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'key_id', 'provider_key'],
        properties: {
          id: { type: 'string', pattern: '^conn_' },
          key_id: { type: 'string' },
          provider: { type: 'string' },
          provider_key: { type: 'string' },
          type: { enum: ['OAUTH', 'BASIC', 'BEARER', 'API_KEY', 'OAUTH_M2M', 'NO_AUTH'] },
          status: { enum: ['DRAFT', 'IN_PROGRESS', 'COMPLETED'] },
          enabled: { type: 'boolean' },
          created_at: { type: 'string', format: 'date-time' },
          mcp_server_url: { type: 'string' },
        },
      },
    },
    next_page_token: { type: 'string' },
    total_size: { type: 'integer' },
  },
});

const checked = new Set<string>();

function validate(method: string, template: string, status: number, body: unknown) {
  checked.add(`${method} ${template} ${status}`);
  if (status >= 400) {
    expect(errorShape(body), JSON.stringify(errorShape.errors)).toBe(true);
  }
  const op = doc.paths[template]?.[method.toLowerCase()];
  if (!op) {
    expect(template).toBe('/api/v1/connections/app');
    expect(connectionsShape(body), JSON.stringify(connectionsShape.errors)).toBe(true);
    return;
  }
  const response = op.responses[String(status)];
  expect(response, `${method} ${template} documents status ${status}`).toBeDefined();
  const schema = response.content?.['application/json']?.schema;
  if (!schema || Object.keys(schema).length === 0) return;
  const ref = schema.$ref ? `openapi${schema.$ref}` : undefined;
  const v = ref ? ajv.getSchema(ref)! : ajv.compile(schema);
  expect(v(body), `${method} ${template} ${status}: ${JSON.stringify(v.errors)}`).toBe(true);
}

let emu: TestEmulator;
let cfgId: string;
async function call(method: string, template: string, url: string, body?: unknown) {
  const res = await emu.api(method, url, body);
  validate(method, template, res.status, res.body);
  return res;
}

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());

describe('contract', () => {
  it('MCP configs', async () => {
    const T = '/api/v1/mcp/configs';
    const created = await call('POST', T, T, {
      name: 'contract',
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
    });
    cfgId = (created.body as { config: { id: string } }).config.id;
    await call('POST', T, T, { name: 'BAD' });
    await call('GET', T, `${T}?page_size=2&search=a`);
    await call('GET', T, `${T}?page_size=99`);
    await call('GET', `${T}/{config_id}`, `${T}/${cfgId}`);
    await call('GET', `${T}/{config_id}`, `${T}/cfg_nope`);
    await call('PUT', `${T}/{config_id}`, `${T}/${cfgId}`, { description: 'x' });
    await call('PUT', `${T}/{config_id}`, `${T}/${cfgId}`, {
      connection_tool_mappings: [{ connection_name: 'nope' }],
    });
    await call('PUT', `${T}/{config_id}`, `${T}/cfg_nope`, { description: 'x' });
    const res = await fetch(`${emu.url}${T}`);
    validate('GET', T, res.status, await res.json());
  });

  it('auth state and session tokens', async () => {
    const A = '/api/v1/mcp/configs/{config_id}/connected_accounts';
    await call('POST', A, `/api/v1/mcp/configs/${cfgId}/connected_accounts`, {
      identifier: 'alice@example.com',
      include_auth_link: true,
    });
    await call('POST', A, `/api/v1/mcp/configs/${cfgId}/connected_accounts`, {});
    await call('POST', A, `/api/v1/mcp/configs/cfg_nope/connected_accounts`, { identifier: 'a' });
    const K = '/api/v1/mcp/configs/{mcp_config_id}/tokens';
    await emu.control('POST', '/reset', {});
    const list = await emu.api<{ configs: { id: string }[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=email-assistant',
    );
    const id = list.body.configs[0].id;
    await call('POST', K, `/api/v1/mcp/configs/${id}/tokens`, {
      identifier: 'alice@example.com',
      expiry: '600s',
      access_level: 'READ_ONLY',
    });
    await call('POST', K, `/api/v1/mcp/configs/${id}/tokens`, { identifier: 'bob@example.com' });
    await call('POST', K, `/api/v1/mcp/configs/cfg_nope/tokens`, { identifier: 'alice@example.com' });
    await call('DELETE', '/api/v1/mcp/configs/{config_id}', `/api/v1/mcp/configs/${cfgId}`);
    await call('DELETE', '/api/v1/mcp/configs/{config_id}', `/api/v1/mcp/configs/${cfgId}`);
  });

  it('connected accounts, connections and tools', async () => {
    const C = '/api/v1/connected_accounts';
    const created = await call('POST', C, C, { connector: 'notion', identifier: 'contract@example.com' });
    const id = (created.body as { connected_account: { id: string } }).connected_account.id;
    await call('POST', C, C, { connector: 'notion', identifier: 'contract@example.com' });
    await call('POST', C, C, { identifier: 'x' });
    await call('GET', C, `${C}?connector=gmail&page_size=3`);
    await call('GET', C, `${C}?page_size=500`);
    await call('GET', `${C}:search`, `${C}:search?query=alice`);
    await call('GET', `${C}:search`, `${C}:search?query=a`);
    await call('GET', `${C}/details`, `${C}/details?connector=notion&identifier=contract%40example.com`);
    await call('GET', `${C}/auth`, `${C}/auth?connector=notion&identifier=nobody`);
    await call('POST', `${C}/magic_link`, `${C}/magic_link`, {
      id,
      user_verify_url: 'https://example.com/v',
    });
    await call('POST', `${C}/magic_link`, `${C}/magic_link`, { id, user_verify_url: 'ftp://x' });
    await call('POST', `${C}/user/verify`, `${C}/user/verify`, { auth_request_id: 'ar_x', identifier: 'a' });
    await call('POST', `${C}/user/verify`, `${C}/user/verify`, {});
    await call('PUT', C, C, {
      id,
      connected_account: {
        authorization_details: { oauth_token: { access_token: 'at' } },
        api_config: { a: 1 },
      },
    });
    await call('PUT', C, C, { id: 'ca_nope', connected_account: {} });
    await call('PUT', C, C, { id });
    await call('POST', `${C}:delete`, `${C}:delete`, { id });
    await call('POST', `${C}:delete`, `${C}:delete`, { id });
    await call('GET', '/api/v1/connections/app', '/api/v1/connections/app');
    await call('GET', '/api/v1/tools', '/api/v1/tools?filter.connector=gmail&page_size=5');
    await call('GET', '/api/v1/tools', '/api/v1/tools?filter.summary=true&filter.provider=slack');
    await call('GET', '/api/v1/tools', '/api/v1/tools?filter.query=ab');
    const S = '/api/v1/tools/scoped';
    await call('GET', S, `${S}?identifier=alice%40example.com&filter.connection_names=gmail&page_size=2`);
    await call('GET', S, S);
    expect(checked.size).toBeGreaterThan(30);
  });

  it('execute_tool, tool-call logs and the overview (inferred routes, x-inferred in the contract)', async () => {
    for (const p of [
      '/api/v1/agentkit/tool_call_logs',
      '/api/v1/agentkit/tool_call_logs/{execution_id}',
      '/api/v1/agentkit/analytics/overview',
    ])
      expect(doc.paths[p].get['x-inferred']).toBe(true);
    const X = '/api/v1/execute_tool';
    const ok = await call('POST', X, X, {
      tool_name: 'gmail_fetch_mails',
      identifier: 'alice@example.com',
      agent_run_id: 'run_contract',
    });
    await call('POST', X, X, { tool_name: 'gmail_fetch_mails', identifier: 'carol@example.com' });
    await call('POST', X, X, { tool_name: 'gmail_fetch_mails', identifier: 'nobody@example.com' });
    await call('POST', X, X, { tool_name: 'nope', identifier: 'alice@example.com' });
    await call('POST', X, X, {});
    await emu.control('POST', '/tool_faults', { tool: 'gmail_fetch_mails', status: 503, times: 1 });
    await call('POST', X, X, { tool_name: 'gmail_fetch_mails', identifier: 'alice@example.com' });
    const T = '/api/v1/agentkit/tool_call_logs';
    await call('GET', T, `${T}?page_size=100&status=platform_error`);
    await call('GET', T, `${T}?page_size=100&agent_run_id=run_contract`);
    await call('GET', T, `${T}?page_size=500`);
    const id = (ok.body as { execution_id: string }).execution_id;
    await call('GET', `${T}/{execution_id}`, `${T}/${id}`);
    await call('GET', `${T}/{execution_id}`, `${T}/exec_nope`);
    const O = '/api/v1/agentkit/analytics/overview';
    const end = new Date(Date.now() + 60_000).toISOString();
    const start = new Date(Date.now() - 7 * 86_400_000).toISOString();
    await call('GET', O, `${O}?start_time=${start}&end_time=${end}`);
    await call('GET', O, `${O}?start_time=${start}`);
  });

  it('MCP instances (inferred paths), every one exercised', async () => {
    const T = '/api/v1/mcp/instances';
    const ensured = await call('POST', T, T, {
      config_name: 'reminder-assistant',
      user_identifier: 'contract@example.com',
    });
    const id = (ensured.body as { instance: { id: string } }).instance.id;
    await call('POST', T, T, { config_name: 'nope', user_identifier: 'x' });
    await call('GET', T, `${T}?page_size=2&search=example`);
    await call('GET', T, `${T}?filter.config_name=reminder-assistant&filter.user_identifier=john-doe`);
    await call('GET', T, `${T}?page_size=31`);
    await call('GET', `${T}/{instance_id}`, `${T}/${id}`);
    await call('GET', `${T}/{instance_id}`, `${T}/inst_404`);
    await call('PATCH', `${T}/{instance_id}`, `${T}/${id}`, { name: 'contract' });
    await call('PATCH', `${T}/{instance_id}`, `${T}/${id}`, {});
    await call('PATCH', `${T}/{instance_id}`, `${T}/inst_404`, { name: 'x' });
    await emu.api('POST', T, { config_name: 'email-assistant', user_identifier: 'contract@example.com' });
    await call('PATCH', `${T}/{instance_id}`, `${T}/${id}`, {
      config_name: 'email-assistant',
      name: 'email-assistant',
    });
    const A = `${T}/{instance_id}:get_auth_state`;
    await call('POST', A, `${T}/${id}:get_auth_state`, { include_auth_links: true });
    await call('POST', A, `${T}/${id}:get_auth_state`, {});
    await call('POST', A, `${T}/${id}:get_auth_state`, { include_auth_links: 1 });
    await call('POST', A, `${T}/inst_404:get_auth_state`, {});
    await call('DELETE', `${T}/{instance_id}`, `${T}/${id}`);
    await call('DELETE', `${T}/{instance_id}`, `${T}/${id}`);
    const res = await fetch(`${emu.url}${T}`);
    validate('GET', T, res.status, await res.json());

    for (const [template, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!(op as { 'x-inferred'?: boolean })['x-inferred']) continue;
        expect(checked, `${method} ${template}`).toContain(`${method.toUpperCase()} ${template} 200`);
      }
    }
    expect([...checked].filter((k) => k.includes('/instances'))).toEqual(
      expect.arrayContaining([`PATCH ${T}/{instance_id} 409`, `GET ${T}/{instance_id} 404`]),
    );
  });
});
