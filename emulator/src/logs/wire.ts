/** Tool-call log rows in the wire shape of API.md §10 (snake_case, RFC 3339; zero values omitted later). */
import type { ToolCallLog } from './types';

// The emulator is one environment; upstream rows carry the environment's id.
export const EMULATOR_ENVIRONMENT_ID = 'env_86000000000001';

export function toolCallLogToWire(l: ToolCallLog) {
  return {
    id: l.id,
    environment_id: EMULATOR_ENVIRONMENT_ID,
    execution_id: l.executionId,
    agent_run_id: l.agentRunId,
    tool_name: l.toolName,
    provider: l.provider,
    connected_account_id: l.connectedAccountId,
    connection_id: l.connectionId,
    connection_name: l.connectionName,
    identifier: l.identifier,
    user_id: l.userId,
    organization_id: l.organizationId,
    source: l.source,
    // Inferred: the preview proto names no config field; a console needs to say which server a call came
    // through, so MCP rows carry it under these names (absent from API rows, as zero values are).
    mcp_config_id: l.mcpConfigId,
    mcp_instance_id: l.mcpInstanceId,
    status: l.status,
    // Inferred: the tier names which side failed, so it mirrors the status for failures.
    error_tier: l.status === 'provider_error' ? 'provider' : l.status === 'platform_error' ? 'platform' : '',
    error_code: l.errorCode,
    error_message: l.errorMessage,
    duration_ms: l.durationMs,
    started_at: new Date(l.startedMs).toISOString(),
  };
}
