/**
 * The one place an MCP tool call enters execution, whichever door the agent came through (a session token on a
 * config's server URL, or a per-user instance URL): exposure and access checks here, then the shared tool runner
 * (`logs/run-tool.ts`), which validates, checks the account, applies injected faults, runs the sandbox and writes
 * the tool-call log row. Anything that must see every tool call belongs in that runner.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolRunner } from '../logs/run-tool';
import { PLATFORM_ERROR_CODES } from '../logs/types';
import type { Store } from '../store/store';
import type { CatalogTool, McpConfig } from '../store/types';

/** Who is calling: the user the tools act for, and how they got in. */
export interface ToolCaller {
  identifier: string;
  readOnly: boolean; // READ_ONLY session tokens see and call only read-only tools
  via: { kind: 'session_token'; jti: string } | { kind: 'instance'; instanceId: string };
}

function toolError(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

/** The config's mapped tools as they are now (config edits show at once), less what the caller may not see. */
export function visibleTools(store: Store, config: McpConfig, caller: ToolCaller): CatalogTool[] {
  return store.resolveConfigTools(config).filter((t) => !caller.readOnly || t.readOnly);
}

export async function executeTool(
  store: Store,
  runTool: ToolRunner,
  config: McpConfig,
  caller: ToolCaller,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  const tool = store.resolveConfigTools(config).find((t) => t.name === name);
  // A tool this server does not expose is refused without a log row (there is no tool call to record).
  if (!tool) return toolError(`tool "${name}" is not exposed by the MCP server "${config.name}"`);
  const mapping = config.mappings.find(
    (m) => store.getConnection(m.connectionName)?.connector === tool.connector,
  );
  const out = await runTool({
    source: 'MCP',
    tool,
    identifier: caller.identifier,
    connectionName: mapping?.connectionName,
    mcpConfigId: config.id,
    mcpInstanceId: caller.via.kind === 'instance' ? caller.via.instanceId : undefined,
    args,
    refused:
      caller.readOnly && !tool.readOnly
        ? {
            code: PLATFORM_ERROR_CODES.NOT_PERMITTED,
            message: `tool "${name}" is not read-only, and this session token has READ_ONLY access`,
          }
        : undefined,
  });
  if (!out.ok) return toolError(out.message);
  return {
    content: [{ type: 'text', text: JSON.stringify(out.data, null, 2) }],
    structuredContent: out.data as Record<string, unknown>,
  };
}
