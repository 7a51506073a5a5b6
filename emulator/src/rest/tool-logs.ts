/** Tool-call logs and the overview (API.md §10; PREVIEW upstream, shapes inferred where it is silent). */
import { notFound } from '../http/errors';
import type { Router } from '../http/router';
import { listLogs, overview } from '../logs/query';
import type { ToolCallLogs } from '../logs/tool-call-log-store';
import { toolCallLogToWire } from '../logs/wire';

export function registerToolLogRoutes(router: Router, deps: { toolLogs: ToolCallLogs }) {
  const { toolLogs } = deps;
  router.add(
    'GET',
    '/api/v1/agentkit/tool_call_logs',
    ({ query }) => {
      const { page, ...rest } = listLogs(toolLogs, query);
      return { tool_call_logs: page.map(toolCallLogToWire), ...rest };
    },
    { auth: true },
  );
  router.add(
    'GET',
    '/api/v1/agentkit/tool_call_logs/{execution_id}',
    ({ params }) => {
      const log = toolLogs.get(params.execution_id);
      if (!log) throw notFound('Execution ID not found');
      return toolCallLogToWire(log);
    },
    { auth: true },
  );
  router.add('GET', '/api/v1/agentkit/analytics/overview', ({ query }) => overview(toolLogs, query), {
    auth: true,
  });
}
