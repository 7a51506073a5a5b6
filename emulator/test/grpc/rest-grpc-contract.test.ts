/**
 * REST and gRPC return the same data for the same calls: each gRPC response, written as proto JSON with proto
 * field names, equals the REST body (timestamps compared as instants); each error has the same code, message
 * and ErrorInfo. Writes made over gRPC read back identically over REST.
 */
import { toJson, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { Code, ConnectError } from '@connectrpc/connect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRPC } from '../../src/http/errors';
import * as c from '../../src/grpc/gen/scalekit/v1/connected_accounts/connected_accounts_pb';
import { ErrorInfoSchema } from '../../src/grpc/gen/scalekit/v1/errdetails/errdetails_pb';
import * as m from '../../src/grpc/gen/scalekit/v1/mcp/mcp_pb';
import * as t from '../../src/grpc/gen/scalekit/v1/tools/tools_pb';
import { startTestEmulator, type TestEmulator } from '../helpers';
import { grpcClient } from './grpc-client';

let emu: TestEmulator;
let mcp: ReturnType<typeof grpcClient<typeof m.McpService>>;
let accounts: ReturnType<typeof grpcClient<typeof c.ConnectedAccountService>>;
let tools: ReturnType<typeof grpcClient<typeof t.ToolService>>;

beforeAll(async () => {
  emu = await startTestEmulator();
  mcp = grpcClient(emu, m.McpService);
  accounts = grpcClient(emu, c.ConnectedAccountService);
  tools = grpcClient(emu, t.ToolService);
});
afterAll(() => emu.stop());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
/** RFC 3339 strings as instants: `...:33Z` and `...:33.000Z` are the same time. */
function instants(value: unknown): unknown {
  if (typeof value === 'string' && ISO.test(value)) return Date.parse(value);
  if (Array.isArray(value)) return value.map(instants);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, instants(v)]));
  return value;
}

function asJson<D extends DescMessage>(schema: D, message: MessageShape<D>) {
  return instants(toJson(schema, message, { useProtoFieldName: true }));
}

async function rest(method: string, path: string, body?: unknown) {
  const r = await emu.api(method, path, body);
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return instants(r.body);
}

/** Tool-call messages name their own execution: the same failure twice differs only there. */
const sansExecution = (s: string) => s.replace(/exec_[0-9a-f]+/g, 'exec_*');

async function sameError(grpcCall: () => Promise<unknown>, method: string, path: string, body?: unknown) {
  const r = await emu.api<{ code: number; message: string; details: Record<string, unknown>[] }>(
    method,
    path,
    body,
  );
  const err = await grpcCall().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConnectError);
  const ce = err as ConnectError;
  expect(ce.code).toBe(r.body.code);
  expect(sansExecution(ce.rawMessage)).toBe(sansExecution(r.body.message));
  const [info] = ce.findDetails(ErrorInfoSchema);
  const { '@type': _t, request_info: _r, ...restInfo } = r.body.details[0];
  const { request_info: _g, ...grpcInfo } = toJson(ErrorInfoSchema, info, {
    useProtoFieldName: true,
  }) as Record<string, unknown>;
  // tool_error_info.provider_status is REST-only (ErrorInfo has no such field): compare the fields both carry.
  if (restInfo.tool_error_info) {
    const { provider_status: _p, ...tei } = restInfo.tool_error_info as Record<string, unknown>;
    restInfo.tool_error_info = tei;
  }
  expect(grpcInfo).toEqual(restInfo);
  return ce;
}

describe('McpService and REST agree', () => {
  it('configs, auth state and instances', async () => {
    expect(asJson(m.ListMcpConfigsResponseSchema, await mcp.listMcpConfigs({ pageSize: 2 }))).toEqual(
      await rest('GET', '/api/v1/mcp/configs?page_size=2'),
    );
    const byName = await mcp.listMcpConfigs({ filter: { name: 'reminder-assistant' } });
    expect(asJson(m.ListMcpConfigsResponseSchema, byName)).toEqual(
      await rest('GET', '/api/v1/mcp/configs?filter.name=reminder-assistant'),
    );
    const id = byName.configs[0].id;
    expect(asJson(m.GetMcpConfigResponseSchema, await mcp.getMcpConfig({ configId: id }))).toEqual(
      await rest('GET', `/api/v1/mcp/configs/${id}`),
    );
    expect(
      asJson(
        m.ListMcpConnectedAccountsResponseSchema,
        await mcp.listMcpConnectedAccounts({ configId: id, identifier: 'jane-doe' }),
      ),
    ).toEqual(await rest('POST', `/api/v1/mcp/configs/${id}/connected_accounts`, { identifier: 'jane-doe' }));
    const instances = await mcp.listMcpInstances({ filter: { configName: 'reminder-assistant' } });
    expect(instances.instances.length).toBeGreaterThan(1);
    expect(asJson(m.ListMcpInstancesResponseSchema, instances)).toEqual(
      await rest('GET', '/api/v1/mcp/instances?filter.config_name=reminder-assistant'),
    );
    const instanceId = instances.instances[0].id;
    expect(asJson(m.GetMcpInstanceResponseSchema, await mcp.getMcpInstance({ instanceId }))).toEqual(
      await rest('GET', `/api/v1/mcp/instances/${instanceId}`),
    );
    expect(
      asJson(m.GetMcpInstanceAuthStateResponseSchema, await mcp.getMcpInstanceAuthState({ instanceId })),
    ).toEqual(await rest('POST', `/api/v1/mcp/instances/${instanceId}:get_auth_state`, {}));
  });

  it('writes over gRPC read back the same over REST, and errors match', async () => {
    const created = await mcp.createMcpConfig({
      config: {
        name: 'grpc-made',
        connectionToolMappings: [{ connectionName: 'gmail', tools: ['gmail_fetch_mails'] }],
      },
    });
    const id = created.config!.id;
    expect(asJson(m.CreateMcpConfigResponseSchema, created)).toEqual(
      await rest('GET', `/api/v1/mcp/configs/${id}`),
    );
    const updated = await mcp.updateMcpConfig({ configId: id, description: 'from gRPC' });
    expect(asJson(m.UpdateMcpConfigResponseSchema, updated)).toEqual(
      await rest('GET', `/api/v1/mcp/configs/${id}`),
    );
    const token = await mcp.createMcpSessionToken({ mcpConfigId: id, identifier: 'alice@example.com' });
    expect(token.token.split('.')).toHaveLength(3);
    await mcp.deleteMcpConfig({ configId: id });
    expect((await emu.api('GET', `/api/v1/mcp/configs/${id}`)).status).toBe(404);

    const missing = await sameError(
      () => mcp.getMcpConfig({ configId: 'cfg_nope' }),
      'GET',
      '/api/v1/mcp/configs/cfg_nope',
    );
    expect(missing.code).toBe(GRPC.NOT_FOUND.code);
    const invalid = await sameError(
      () => mcp.createMcpConfig({ config: { name: 'Bad Name' } }),
      'POST',
      '/api/v1/mcp/configs',
      {
        name: 'Bad Name',
      },
    );
    expect(invalid.code).toBe(GRPC.INVALID_ARGUMENT.code);
    const first = (await mcp.listMcpConfigs({})).configs[0].id;
    await sameError(
      () => mcp.createMcpSessionToken({ mcpConfigId: first, identifier: 'dave@example.com' }),
      'POST',
      `/api/v1/mcp/configs/${first}/tokens`,
      { identifier: 'dave@example.com' },
    );
  });
});

describe('ConnectedAccountService and REST agree', () => {
  it('list, search, details, auth, get, update', async () => {
    expect(
      asJson(
        c.ListConnectedAccountsResponseSchema,
        await accounts.listConnectedAccounts({ connector: 'gmail', pageSize: 5 }),
      ),
    ).toEqual(await rest('GET', '/api/v1/connected_accounts?connector=gmail&page_size=5'));
    expect(
      asJson(
        c.ListConnectedAccountsResponseSchema,
        await accounts.listConnectedAccounts({ connectionNames: ['gmail', 'slack'], pageSize: 3 }),
      ),
    ).toEqual(
      await rest(
        'GET',
        '/api/v1/connected_accounts?connection_names=gmail&connection_names=slack&page_size=3',
      ),
    );
    expect(
      asJson(
        c.SearchConnectedAccountsResponseSchema,
        await accounts.searchConnectedAccounts({ query: 'alice' }),
      ),
    ).toEqual(await rest('GET', '/api/v1/connected_accounts:search?query=alice'));
    const lookup = { connector: 'gmail', identifier: 'alice@example.com' };
    const details = await accounts.getConnectedAccountDetails(lookup);
    expect(asJson(c.GetConnectedAccountByIdentifierResponseSchema, details)).toEqual(
      await rest('GET', '/api/v1/connected_accounts/details?connector=gmail&identifier=alice%40example.com'),
    );
    expect(
      asJson(c.GetConnectedAccountByIdentifierResponseSchema, await accounts.getConnectedAccountAuth(lookup)),
    ).toEqual(
      await rest('GET', '/api/v1/connected_accounts/auth?connector=gmail&identifier=alice%40example.com'),
    );
    const id = details.connectedAccount!.id;
    expect(asJson(c.GetConnectedAccountResponseSchema, await accounts.getConnectedAccount({ id }))).toEqual(
      await rest('GET', `/api/v1/connected_accounts/${id}`),
    );
    await sameError(
      () => accounts.getConnectedAccountAuth({ connector: 'gmail', identifier: 'nobody' }),
      'GET',
      '/api/v1/connected_accounts/auth?connector=gmail&identifier=nobody',
    );
    // Credentials make a pending account ACTIVE; REST sees the change.
    const updated = await accounts
      .updateConnectedAccount({
        connector: 'gmail',
        identifier: 'dave@example.com',
        connectedAccount: {},
      })
      .catch((e: unknown) => e);
    expect(updated).toBeInstanceOf(ConnectError); // dave has no gmail account
    await accounts.createConnectedAccount({
      connector: 'notion',
      identifier: 'dave@example.com',
      connectedAccount: {},
    });
    const activated = await accounts.updateConnectedAccount({
      connector: 'notion',
      identifier: 'dave@example.com',
      connectedAccount: {
        authorizationDetails: {
          details: { case: 'oauthToken', value: { accessToken: 'at', scopes: ['read'] } },
        },
        apiConfig: { region: 'eu' },
      },
    });
    expect(asJson(c.UpdateConnectedAccountResponseSchema, activated)).toEqual(
      await rest('GET', '/api/v1/connected_accounts/details?connector=notion&identifier=dave%40example.com'),
    );
    expect(activated.connectedAccount?.status).toBe(c.ConnectorStatus.ACTIVE);
  });
});

describe('ToolService and REST agree', () => {
  it('list, scoped list, execute and tool errors', async () => {
    expect(
      asJson(
        t.ListToolsResponseSchema,
        await tools.listTools({ filter: { connector: 'gmail' }, pageSize: 3 }),
      ),
    ).toEqual(await rest('GET', '/api/v1/tools?filter.connector=gmail&page_size=3'));
    expect(
      asJson(
        t.ListToolsResponseSchema,
        await tools.listTools({ filter: { summary: true, provider: 'slack' } }),
      ),
    ).toEqual(await rest('GET', '/api/v1/tools?filter.summary=true&filter.provider=slack'));
    const scoped = await tools.listScopedTools({
      identifier: 'alice@example.com',
      filter: { connectionNames: ['gmail', 'slack'] },
      pageSize: 4,
    });
    expect(scoped.tools.length).toBe(4);
    expect(asJson(t.ListScopedToolsResponseSchema, scoped)).toEqual(
      await rest(
        'GET',
        '/api/v1/tools/scoped?identifier=alice%40example.com&filter.connection_names=gmail&filter.connection_names=slack&page_size=4',
      ),
    );
    const args = {
      tool_name: 'gmail_fetch_mails',
      identifier: 'alice@example.com',
      params: { max_results: 2 },
    };
    const viaGrpc = await tools.executeTool({
      toolName: args.tool_name,
      identifier: args.identifier,
      params: args.params,
    });
    const viaRest = (await rest('POST', '/api/v1/execute_tool', args)) as {
      data: unknown;
      execution_id: string;
    };
    expect(asJson(t.ExecuteToolResponseSchema, viaGrpc)).toEqual({
      ...viaRest,
      execution_id: viaGrpc.executionId,
    });
    expect(emu.toolLogs.get(viaGrpc.executionId)?.source).toBe('API');

    const expired = { tool_name: 'gmail_fetch_mails', identifier: 'carol@example.com' };
    const ce = await sameError(
      () => tools.executeTool({ toolName: expired.tool_name, identifier: expired.identifier }),
      'POST',
      '/api/v1/execute_tool',
      expired,
    );
    expect(ce.code).toBe(Code.FailedPrecondition);
    expect(ce.findDetails(ErrorInfoSchema)[0].errorCode).toBe('CONNECTED_ACCOUNT_EXPIRED');
  });

  it('a provider failure is INTERNAL with ErrorInfo TOOL_ERROR and tool_error_info, as over REST', async () => {
    await emu.control('POST', '/tool_faults', { tool: 'gmail_fetch_mails', status: 503, times: 2 });
    const args = { tool_name: 'gmail_fetch_mails', identifier: 'alice@example.com' };
    const err = await tools
      .executeTool({ toolName: args.tool_name, identifier: args.identifier })
      .catch((e: unknown) => e);
    const r = await emu.api<{
      code: number;
      details: { error_code: string; tool_error_info: Record<string, unknown> }[];
    }>('POST', '/api/v1/execute_tool', args);
    expect(err).toBeInstanceOf(ConnectError);
    const ce = err as ConnectError;
    expect(ce.code).toBe(r.body.code);
    const [info] = ce.findDetails(ErrorInfoSchema);
    expect(info.errorCode).toBe('TOOL_ERROR');
    expect(r.body.details[0].error_code).toBe('TOOL_ERROR');
    expect(info.toolErrorInfo?.toolErrorCode).toBe(r.body.details[0].tool_error_info.tool_error_code);
    expect(info.toolErrorInfo?.executionId).toMatch(/^exec_/);
  });
});
