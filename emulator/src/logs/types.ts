/**
 * Tool-call logs (API.md §10, PREVIEW upstream): one record per tool execution, through an MCP server or
 * `POST /api/v1/execute_tool`. Times are epoch milliseconds in memory (cheap to index and compare at 100k
 * records); `wire.ts` in this folder turns a record into Scalekit's wire shape.
 */

export const TOOL_CALL_STATUSES = ['success', 'provider_error', 'platform_error'] as const;
export type ToolCallStatus = (typeof TOOL_CALL_STATUSES)[number];

// PROXY and GATEWAY exist upstream; the emulator only produces API and MCP rows but accepts all four as filters.
export const TOOL_CALL_SOURCES = ['API', 'MCP', 'PROXY', 'GATEWAY'] as const;
export type ToolCallSource = (typeof TOOL_CALL_SOURCES)[number];

export interface ToolCallLog {
  id: string; // tcl_…
  executionId: string; // exec_…; what execute_tool returns and GET …/tool_call_logs/{execution_id} takes
  agentRunId?: string;
  toolName: string;
  provider: string; // connector slug, e.g. "gmail"
  connectedAccountId: string; // empty when the identifier had no account on that connection
  connectionId: string;
  connectionName: string;
  identifier: string;
  userId?: string;
  organizationId?: string;
  source: ToolCallSource;
  /** MCP rows: the config whose server ran the call, and the per-user instance when it came through one. */
  mcpConfigId?: string;
  mcpInstanceId?: string;
  status: ToolCallStatus;
  errorCode?: string;
  errorMessage?: string;
  durationMs: number;
  startedMs: number;
}

/** Error codes the emulator writes (inferred: the preview proto names the fields, not the values). */
export const PLATFORM_ERROR_CODES = {
  EXPIRED: 'CONNECTED_ACCOUNT_EXPIRED',
  PENDING_AUTH: 'CONNECTED_ACCOUNT_PENDING_AUTH',
  PENDING_VERIFICATION: 'CONNECTED_ACCOUNT_PENDING_VERIFICATION',
  DISCONNECTED: 'CONNECTED_ACCOUNT_DISCONNECTED',
  NOT_FOUND: 'CONNECTED_ACCOUNT_NOT_FOUND',
  INVALID_INPUT: 'INVALID_TOOL_INPUT',
  NOT_PERMITTED: 'TOOL_NOT_PERMITTED',
  TIMEOUT: 'TOOL_EXECUTION_TIMEOUT',
} as const;

/** The provider-side code the emulator reports for an HTTP status the provider "answered". */
export function providerErrorCode(status: number): string {
  if (status === 401 || status === 403) return 'PROVIDER_AUTH_REJECTED';
  if (status === 404) return 'PROVIDER_NOT_FOUND';
  if (status === 429) return 'PROVIDER_RATE_LIMITED';
  if (status === 503) return 'PROVIDER_UNAVAILABLE';
  if (status === 504) return 'PROVIDER_TIMEOUT';
  if (status >= 400 && status < 500) return 'PROVIDER_BAD_REQUEST';
  return 'PROVIDER_ERROR';
}
