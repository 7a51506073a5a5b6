/** scalekit.v1.mcp.McpService: each rpc is its REST route (API.md sections 2, 3 and 7), run in-process. */
import { ApiError } from '../http/errors';
import type { Router } from '../http/router';
import { McpService } from './gen/scalekit/v1/mcp/mcp_pb';
import { bridgeService, type RestBinding } from './rest-bridge';

export const MCP_BINDINGS: Record<string, RestBinding> = {
  CreateMcpConfig: { route: 'POST /api/v1/mcp/configs', body: 'config' },
  UpdateMcpConfig: { route: 'PUT /api/v1/mcp/configs/{config_id}', body: '*' },
  ListMcpConfigs: { route: 'GET /api/v1/mcp/configs' },
  GetMcpConfig: { route: 'GET /api/v1/mcp/configs/{config_id}' },
  DeleteMcpConfig: { route: 'DELETE /api/v1/mcp/configs/{config_id}' },
  ListMcpConnectedAccounts: { route: 'POST /api/v1/mcp/configs/{config_id}/connected_accounts', body: '*' },
  CreateMcpSessionToken: {
    route: 'POST /api/v1/mcp/configs/{mcp_config_id}/tokens',
    body: '*',
    check: (request) => {
      // "Set exactly one of mcp_config_id or key_id": the emulator mints for configs only.
      if (request.key_id)
        throw new ApiError(
          'UNIMPLEMENTED',
          'session tokens for a single connection (key_id) are not supported by the emulator: use mcp_config_id',
        );
    },
  },
  EnsureMcpInstance: { route: 'POST /api/v1/mcp/instances', body: '*' },
  ListMcpInstances: { route: 'GET /api/v1/mcp/instances' },
  DeleteMcpInstance: { route: 'DELETE /api/v1/mcp/instances/{instance_id}' },
  UpdateMcpInstance: { route: 'PATCH /api/v1/mcp/instances/{instance_id}', body: '*' },
  GetMcpInstance: { route: 'GET /api/v1/mcp/instances/{instance_id}' },
  GetMcpInstanceAuthState: { route: 'POST /api/v1/mcp/instances/{instance_id}:get_auth_state', body: '*' },
};

export const mcpService = (router: Router) => bridgeService(router, McpService, MCP_BINDINGS);
