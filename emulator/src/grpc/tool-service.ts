/** scalekit.v1.tools.ToolService: each rpc is its REST route (API.md section 5), run in-process. */
import type { Router } from '../http/router';
import { ToolService } from './gen/scalekit/v1/tools/tools_pb';
import { bridgeService, type RestBinding } from './rest-bridge';

export const TOOL_BINDINGS: Record<string, RestBinding> = {
  ListTools: { route: 'GET /api/v1/tools' },
  ListScopedTools: { route: 'GET /api/v1/tools/scoped' },
  ExecuteTool: { route: 'POST /api/v1/execute_tool', body: '*' },
};

export const toolService = (router: Router) => bridgeService(router, ToolService, TOOL_BINDINGS);
