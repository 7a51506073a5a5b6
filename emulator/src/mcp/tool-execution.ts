/**
 * The one place an MCP tool runs, whichever door the agent came through (a session token on a config's
 * server URL, or a per-user instance URL): exposure and access checks, argument checks, the account's
 * status, then the sandbox. Anything that must see every tool call (logging, counting) belongs here.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Store } from '../store/store';
import type { CatalogTool, McpConfig } from '../store/types';
import { checkArguments, runSandboxTool } from './sandbox';

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

export function executeTool(
  store: Store,
  config: McpConfig,
  caller: ToolCaller,
  name: string,
  args: Record<string, unknown>,
): CallToolResult {
  const tool = store.resolveConfigTools(config).find((t) => t.name === name);
  if (!tool) return toolError(`tool "${name}" is not exposed by the MCP server "${config.name}"`);
  if (caller.readOnly && !tool.readOnly) {
    return toolError(`tool "${name}" is not read-only, and this session token has READ_ONLY access`);
  }
  const problem = checkArguments(tool, args);
  if (problem) return toolError(`invalid arguments for ${name}: ${problem}`);
  const mapping = config.mappings.find((m) => {
    const conn = store.getConnection(m.connectionName);
    return conn?.connector === tool.connector;
  });
  const account = mapping && store.findAccount(caller.identifier, mapping.connectionName);
  if (!account || account.status !== 'ACTIVE') {
    return toolError(
      `the ${mapping?.connectionName ?? tool.connector} connection for ${caller.identifier} is ${account?.status ?? 'not connected'}: ` +
        'the user must re-authorize it before this tool can run',
    );
  }
  store.touchAccount(account.id);
  const result = runSandboxTool(tool, caller.identifier, args);
  return {
    content: [{ type: 'text', text: JSON.stringify(result, null, 2) }],
    structuredContent: result as Record<string, unknown>,
  };
}
