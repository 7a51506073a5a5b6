/**
 * Agent activity (tool-call logs and the overview, API.md §10): app types and the one mapping from the
 * wire. These routes are PREVIEW upstream, so every field is optional on the wire (zero values are omitted)
 * and unknown enum values degrade to safe defaults instead of failing the page. Inferred where API.md is
 * silent: `error_tier` values (`provider` / `platform`), counts sent as numbers or int64 strings (both
 * accepted), `bucket` as the bucket's start time, and `mcp_config_id` / `mcp_instance_id` (the door an MCP
 * call came through; the preview proto names none, so a row without them says "not recorded").
 */
import { z } from 'zod';

export const TOOL_CALL_STATUSES = ['success', 'provider_error', 'platform_error'] as const;
export type ToolCallStatus = (typeof TOOL_CALL_STATUSES)[number];
export const TOOL_CALL_SOURCES = ['API', 'MCP', 'PROXY', 'GATEWAY'] as const;
export type ToolCallSource = (typeof TOOL_CALL_SOURCES)[number];

export interface ToolCallLog {
  id: string;
  executionId: string;
  agentRunId: string | null;
  toolName: string;
  provider: string; // connector slug, e.g. "gmail"
  connectedAccountId: string | null;
  connectionId: string | null;
  connectionName: string;
  identifier: string;
  userId: string | null;
  organizationId: string | null;
  source: ToolCallSource | null;
  /** The config whose MCP server ran the call, and the per-user instance it came through (MCP rows only). */
  mcpConfigId: string | null;
  mcpInstanceId: string | null;
  status: ToolCallStatus;
  errorTier: 'provider' | 'platform' | null;
  errorCode: string | null;
  errorMessage: string | null;
  durationMs: number;
  startedAt: string; // RFC 3339
}

export interface ActivityFilters {
  startTime?: string; // RFC 3339
  endTime?: string;
  statuses?: ToolCallStatus[];
  providers?: string[];
  sources?: ToolCallSource[];
  errorCodes?: string[];
  connectionId?: string;
  connectedAccountId?: string;
  identifier?: string;
  agentRunId?: string;
  connectionName?: string; // partial match upstream
  toolName?: string;
}

export interface ActivityCounts {
  total: number;
  success: number;
  errors: number;
  providerErrors: number;
  platformErrors: number;
}

export interface ActivityOverview extends ActivityCounts {
  topErrorCodes: { errorCode: string; count: number }[];
  connectors: (ActivityCounts & { provider: string })[];
  timeSeries: (ActivityCounts & { bucket: string; bucketSeconds: number })[];
}

const text = z.string().optional().default('');
const count = z.coerce.number().int().nonnegative().optional().default(0);
const orNull = (s: string) => (s === '' ? null : s);

export const toolCallLogWire = z
  .object({
    id: z.string().min(1),
    execution_id: text,
    agent_run_id: text,
    tool_name: text,
    provider: text,
    connected_account_id: text,
    connection_id: text,
    connection_name: text,
    identifier: text,
    user_id: text,
    organization_id: text,
    source: text,
    mcp_config_id: text,
    mcp_instance_id: text,
    status: text,
    error_tier: text,
    error_code: text,
    error_message: text,
    duration_ms: count,
    started_at: z.string().min(1),
  })
  .transform((w): ToolCallLog => ({
    id: w.id,
    executionId: w.execution_id || w.id,
    agentRunId: orNull(w.agent_run_id),
    toolName: w.tool_name,
    provider: w.provider.toLowerCase(),
    connectedAccountId: orNull(w.connected_account_id),
    connectionId: orNull(w.connection_id),
    connectionName: w.connection_name,
    identifier: w.identifier,
    userId: orNull(w.user_id),
    organizationId: orNull(w.organization_id),
    source: (TOOL_CALL_SOURCES as readonly string[]).includes(w.source.toUpperCase())
      ? (w.source.toUpperCase() as ToolCallSource)
      : null,
    mcpConfigId: orNull(w.mcp_config_id),
    mcpInstanceId: orNull(w.mcp_instance_id),
    // An unknown status with an error code is still a failure; we cannot tell whose, so "platform".
    status: (TOOL_CALL_STATUSES as readonly string[]).includes(w.status.toLowerCase())
      ? (w.status.toLowerCase() as ToolCallStatus)
      : w.error_code
        ? 'platform_error'
        : 'success',
    errorTier:
      w.error_tier.toLowerCase() === 'provider' || w.status.toLowerCase() === 'provider_error'
        ? 'provider'
        : w.error_tier.toLowerCase() === 'platform' || w.status.toLowerCase() === 'platform_error'
          ? 'platform'
          : null,
    errorCode: orNull(w.error_code),
    errorMessage: orNull(w.error_message),
    durationMs: w.duration_ms,
    startedAt: w.started_at,
  }));

const countsWire = {
  total: count,
  success: count,
  errors: count,
  provider_errors: count,
  platform_errors: count,
};
const toCounts = (c: {
  total: number;
  success: number;
  errors: number;
  provider_errors: number;
  platform_errors: number;
}): ActivityCounts => ({
  total: c.total,
  success: c.success,
  errors: c.errors,
  providerErrors: c.provider_errors,
  platformErrors: c.platform_errors,
});

export const toolCallLogListWire = z.object({
  tool_call_logs: z.array(toolCallLogWire).optional().default([]),
  next_page_token: text,
  prev_page_token: text,
  total_size: count,
});

export const overviewWire = z
  .object({
    ...countsWire,
    top_error_codes: z
      .array(z.object({ error_code: text, count }))
      .optional()
      .default([]),
    connector_breakdown: z
      .array(z.object({ provider: text, ...countsWire }))
      .optional()
      .default([]),
    time_series: z
      .array(z.object({ bucket: z.string().min(1), bucket_duration_seconds: count, ...countsWire }))
      .optional()
      .default([]),
  })
  .transform((o): ActivityOverview => ({
    ...toCounts(o),
    topErrorCodes: o.top_error_codes.map((c) => ({ errorCode: c.error_code, count: c.count })),
    connectors: o.connector_breakdown.map((c) => ({ provider: c.provider.toLowerCase(), ...toCounts(c) })),
    timeSeries: o.time_series.map((b) => ({
      bucket: b.bucket,
      bucketSeconds: b.bucket_duration_seconds,
      ...toCounts(b),
    })),
  }));

/** Filters to grpc-gateway query names (repeated fields as repeated parameters). */
export function filtersToQuery(f: ActivityFilters): Record<string, string | string[] | undefined> {
  return {
    start_time: f.startTime,
    end_time: f.endTime,
    status: f.statuses,
    provider: f.providers,
    source: f.sources,
    error_code: f.errorCodes,
    connection_id: f.connectionId,
    connected_account_id: f.connectedAccountId,
    identifier: f.identifier,
    agent_run_id: f.agentRunId,
    connection_name: f.connectionName,
    tool_name: f.toolName,
  };
}
