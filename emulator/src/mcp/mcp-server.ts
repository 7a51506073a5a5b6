/**
 * One MCP server implementation for every URL that serves a config's tools: built per request from the
 * config as it is now (stateless Streamable HTTP, JSON responses), with every tool call going through
 * executeTool. The handlers in front of it only decide who the caller is.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { isDestructiveTool } from '../store/catalog';
import type { Store } from '../store/store';
import type { McpConfig } from '../store/types';
import type { ToolRunner } from '../logs/run-tool';
import { executeTool, visibleTools, type ToolCaller } from './tool-execution';

export function jsonReply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function buildServer(store: Store, runTool: ToolRunner, config: McpConfig, caller: ToolCaller): Server {
  const server = new Server(
    { name: `scalekit-emulator/${config.name}`, version: '1.0.0' },
    { capabilities: { tools: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: visibleTools(store, config, caller).map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: t.inputSchema,
      annotations: { readOnlyHint: t.readOnly, destructiveHint: !t.readOnly && isDestructiveTool(t.name) },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (req) =>
    executeTool(
      store,
      runTool,
      config,
      caller,
      req.params.name,
      (req.params.arguments ?? {}) as Record<string, unknown>,
    ),
  );
  return server;
}

/** Answers one Streamable HTTP request for `config`'s tools, acting as `caller`. */
export async function serveConfigTools(
  store: Store,
  runTool: ToolRunner,
  config: McpConfig,
  caller: ToolCaller,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const server = buildServer(store, runTool, config, caller);
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  res.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res);
}
