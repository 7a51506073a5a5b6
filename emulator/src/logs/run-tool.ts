/**
 * The one place a tool call is executed, for every entry point (MCP servers and POST /api/v1/execute_tool):
 * refuse, validate, check the account, apply injected provider faults, run the sandbox, and log the call.
 * Whatever happens, exactly one tool-call log row is written per call that named a known tool.
 */
import { randomBytes } from 'node:crypto';
import { checkArguments, runSandboxTool } from '../mcp/sandbox';
import type { Store } from '../store/store';
import type { CatalogTool, ConnectedAccount, Connection } from '../store/types';
import { notActiveMessage } from './seed-history';
import type { ToolCallLogs } from './tool-call-log-store';
import type { ToolFaults } from './tool-faults';
import { PLATFORM_ERROR_CODES, type ToolCallLog, type ToolCallSource } from './types';

export interface ToolCallRequest {
  source: ToolCallSource;
  tool: CatalogTool;
  identifier: string;
  /** The connection to run through; defaults to the first connection of the tool's connector. */
  connectionName?: string;
  /** Set instead of identifier + connection by execute_tool's connected_account_id. */
  account?: ConnectedAccount;
  args: Record<string, unknown>;
  agentRunId?: string;
  /** The MCP door the call came through (absent for execute_tool). */
  mcpConfigId?: string;
  mcpInstanceId?: string;
  userId?: string;
  organizationId?: string;
  /** The entry point already refused the call (e.g. a READ_ONLY token): log it as a platform error. */
  refused?: { code: string; message: string };
}

export type ToolCallOutcome =
  | { ok: true; executionId: string; data: unknown }
  | {
      ok: false;
      executionId: string;
      status: 'provider_error' | 'platform_error';
      code: string;
      message: string;
      /** The provider's HTTP status, for provider errors. */
      providerStatus?: number;
    };

const ACCOUNT_CODES: Record<string, string> = {
  EXPIRED: PLATFORM_ERROR_CODES.EXPIRED,
  PENDING_AUTH: PLATFORM_ERROR_CODES.PENDING_AUTH,
  PENDING_VERIFICATION: PLATFORM_ERROR_CODES.PENDING_VERIFICATION,
  DISCONNECTED: PLATFORM_ERROR_CODES.DISCONNECTED,
};

export type ToolRunner = (req: ToolCallRequest) => Promise<ToolCallOutcome>;

export function createToolRunner(deps: { store: Store; logs: ToolCallLogs; faults: ToolFaults }): ToolRunner {
  const { store, logs, faults } = deps;
  return async (req) => {
    const startedMs = Date.now();
    const executionId = `exec_${randomBytes(12).toString('hex')}`;
    const account = req.account ?? undefined;
    const connection: Connection | undefined = account
      ? store.getConnection(account.connectionName)
      : req.connectionName
        ? store.getConnection(req.connectionName)
        : [...store.connections.values()].find((c) => c.connector === req.tool.connector);
    const connectionName = account?.connectionName ?? connection?.keyId ?? req.connectionName ?? '';
    const identifier = account?.identifier ?? req.identifier;
    const found = account ?? (connectionName ? store.findAccount(identifier, connectionName) : undefined);

    let outcome: ToolCallOutcome;
    const fail = (
      status: 'provider_error' | 'platform_error',
      code: string,
      message: string,
      providerStatus?: number,
    ): ToolCallOutcome => ({ ok: false, executionId, status, code, message, providerStatus });
    const problem = req.refused ? undefined : checkArguments(req.tool, req.args);
    if (req.refused) {
      outcome = fail('platform_error', req.refused.code, req.refused.message);
    } else if (problem) {
      outcome = fail(
        'platform_error',
        PLATFORM_ERROR_CODES.INVALID_INPUT,
        `invalid arguments for ${req.tool.name}: ${problem}`,
      );
    } else if (!found || found.status !== 'ACTIVE') {
      outcome = fail(
        'platform_error',
        found
          ? (ACCOUNT_CODES[found.status] ?? PLATFORM_ERROR_CODES.NOT_FOUND)
          : PLATFORM_ERROR_CODES.NOT_FOUND,
        notActiveMessage(connectionName || req.tool.connector, identifier, found?.status ?? 'not connected'),
      );
    } else {
      const label = store.catalog.connector(req.tool.connector)?.label ?? req.tool.connector;
      const fault = faults.pick({ name: connectionName, id: connection?.id ?? '' }, req.tool.name, label);
      if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      if (fault?.failure) {
        outcome = fail('provider_error', fault.failure.code, fault.failure.message, fault.failure.status);
      } else {
        store.touchAccount(found.id);
        outcome = { ok: true, executionId, data: runSandboxTool(req.tool, identifier, req.args) };
      }
    }

    const log: ToolCallLog = {
      id: `tcl_${randomBytes(10).toString('hex')}`,
      executionId,
      agentRunId: req.agentRunId || undefined,
      toolName: req.tool.name,
      provider: req.tool.connector,
      connectedAccountId: found?.id ?? '',
      connectionId: connection?.id ?? '',
      connectionName,
      identifier,
      userId: req.userId || undefined,
      organizationId: req.organizationId || undefined,
      source: req.source,
      mcpConfigId: req.mcpConfigId,
      mcpInstanceId: req.mcpInstanceId,
      status: outcome.ok ? 'success' : outcome.status,
      errorCode: outcome.ok ? undefined : outcome.code,
      errorMessage: outcome.ok ? undefined : outcome.message,
      durationMs: Date.now() - startedMs,
      startedMs,
    };
    logs.add(log);
    return outcome;
  };
}
