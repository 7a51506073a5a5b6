/**
 * POST /api/v1/execute_tool (API.md §5): runs one tool for an identifier's connected account (or a
 * connected_account_id) through the shared tool runner, so the call is logged with source API and the
 * caller's agent_run_id. Provider failures answer 500 with ErrorInfo `TOOL_ERROR`, as upstream documents.
 */
import { z } from 'zod';
import { ApiError, invalid, notFound } from '../http/errors';
import { Reply, type Router } from '../http/router';
import { parseInput } from '../http/wire';
import type { ToolRunner } from '../logs/run-tool';
import { PLATFORM_ERROR_CODES } from '../logs/types';
import type { Deps } from './deps';

const executeSchema = z.object({
  tool_name: z.string({ message: 'tool_name is required' }).min(1, 'tool_name is required').max(255),
  params: z.record(z.string(), z.unknown(), { message: 'params must be an object' }).optional(),
  identifier: z.string().max(255, 'identifier must be at most 255 characters').optional(),
  connected_account_id: z.string().max(255).optional(),
  connector: z.string().max(255).optional(),
  organization_id: z.string().max(255).optional(),
  user_id: z.string().max(255).optional(),
  agent_run_id: z.string().max(255, 'agent_run_id must be at most 255 characters').optional(),
});

export function registerExecuteToolRoute(router: Router, deps: Deps & { runTool: ToolRunner }) {
  const { store, runTool } = deps;
  router.add(
    'POST',
    '/api/v1/execute_tool',
    async ({ body, requestId }) => {
      const input = parseInput(executeSchema, await body(), 'Tool execution');
      const tool = store.catalog.tool(input.tool_name);
      if (!tool) throw notFound(`tool "${input.tool_name}" does not exist`);
      const account = input.connected_account_id ? store.accounts.get(input.connected_account_id) : undefined;
      if (input.connected_account_id && !account)
        throw notFound(`connected account "${input.connected_account_id}" does not exist`);
      if (account && account.connector !== tool.connector)
        throw invalid(`tool "${tool.name}" belongs to ${tool.connector}, not to ${account.connector}`, [
          { field: 'tool_name', description: 'not a tool of the connected account' },
        ]);
      if (!account && !input.identifier)
        throw invalid('give identifier (with connector, optionally) or connected_account_id', [
          { field: 'identifier', description: 'required when connected_account_id is absent' },
        ]);
      if (input.connector) {
        const conn = store.getConnection(input.connector);
        if (!conn) throw notFound(`connection "${input.connector}" does not exist`);
        if (conn.connector !== tool.connector)
          throw invalid(`tool "${tool.name}" belongs to ${tool.connector}, not to connection ${conn.keyId}`, [
            { field: 'connector', description: 'connection of another connector' },
          ]);
      }
      const out = await runTool({
        source: 'API',
        tool,
        identifier: account?.identifier ?? input.identifier!,
        connectionName: input.connector,
        account,
        args: input.params ?? {},
        agentRunId: input.agent_run_id,
        userId: input.user_id,
        organizationId: input.organization_id,
      });
      if (out.ok) return { data: out.data, execution_id: out.executionId };
      if (out.status === 'provider_error') {
        return new Reply(500, {
          code: 13,
          message: `tool ${tool.name} failed at the provider: ${out.message}`,
          details: [
            {
              '@type': 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo',
              error_code: 'TOOL_ERROR',
              request_info: { request_id: requestId },
              // Inferred shape: upstream names `tool_error_info` without documenting its fields.
              tool_error_info: {
                execution_id: out.executionId,
                tool_error_code: out.code,
                tool_error_message: out.message,
                provider_status: out.providerStatus,
              },
            },
          ],
        });
      }
      const message = `${out.message} (execution ${out.executionId})`;
      if (out.code === PLATFORM_ERROR_CODES.NOT_FOUND) throw new ApiError('NOT_FOUND', message, [], out.code);
      if (out.code === PLATFORM_ERROR_CODES.INVALID_INPUT)
        throw new ApiError(
          'INVALID_ARGUMENT',
          message,
          [{ field: 'params', description: out.message }],
          out.code,
        );
      throw new ApiError('FAILED_PRECONDITION', message, [], out.code);
    },
    { auth: true },
  );
}
