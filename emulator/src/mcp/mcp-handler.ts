/**
 * Virtual MCP servers at /mcp/v3/servers/<uuid>, over Streamable HTTP (stateless: a server is built per
 * request from the config as it is now, so config changes show up for new sessions at once).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { isDestructiveTool } from '../store/catalog';
import type { Store } from '../store/store';
import type { CatalogTool, McpConfig } from '../store/types';
import { serverUrl } from '../http/wire';
import { TokenRejected, type SessionClaims, type SessionTokens } from '../session-tokens/session-tokens';
import type { ToolRunner } from '../logs/run-tool';
import { PLATFORM_ERROR_CODES } from '../logs/types';

const PREFIX = '/mcp/v3/servers/';

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function toolError(text: string) {
  return { content: [{ type: 'text' as const, text }], isError: true };
}

function buildServer(store: Store, config: McpConfig, claims: SessionClaims, runTool: ToolRunner): Server {
  const server = new Server(
    { name: `scalekit-emulator/${config.name}`, version: '1.0.0' },
    { capabilities: { tools: {} } },
  );
  const readOnly = claims.access_level === 'READ_ONLY';
  const visible = (): CatalogTool[] =>
    store.resolveConfigTools(config).filter((t) => !readOnly || t.readOnly);

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: visible().map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: t.inputSchema,
      annotations: { readOnlyHint: t.readOnly, destructiveHint: !t.readOnly && isDestructiveTool(t.name) },
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const name = req.params.name;
    const tool = store.resolveConfigTools(config).find((t) => t.name === name);
    if (!tool) return toolError(`tool "${name}" is not exposed by the MCP server "${config.name}"`);
    const args = (req.params.arguments ?? {}) as Record<string, unknown>;
    const mapping = config.mappings.find((m) => {
      const conn = store.getConnection(m.connectionName);
      return conn?.connector === tool.connector;
    });
    // Validation, account checks, execution and the tool-call log all live in the shared runner.
    const out = await runTool({
      source: 'MCP',
      tool,
      identifier: claims.sub,
      connectionName: mapping?.connectionName,
      args,
      refused:
        readOnly && !tool.readOnly
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
  });
  return server;
}

export function createMcpHandler({
  store,
  tokens,
  baseUrl,
  runTool,
}: {
  store: Store;
  tokens: SessionTokens;
  baseUrl: string;
  runTool: ToolRunner;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const uuid = (req.url ?? '').split('?')[0].slice(PREFIX.length).split('/')[0].toLowerCase();
    const config = store.getConfigByServerUuid(uuid);
    if (!config)
      return json(res, 404, {
        error: 'not_found',
        message: 'no MCP server at this URL (the config may have been deleted)',
      });
    const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const challenge = (desc: string) => ({
      'www-authenticate': `Bearer realm="scalekit-mcp", error="invalid_token", error_description="${desc}"`,
    });
    if (!auth)
      return json(
        res,
        401,
        { error: 'unauthorized', message: 'a session token is required' },
        challenge('missing bearer token'),
      );
    let claims: SessionClaims;
    try {
      claims = await tokens.verify(auth[1], serverUrl(baseUrl, config));
    } catch (err) {
      const why = err instanceof TokenRejected ? err.message : 'invalid token';
      return json(res, 401, { error: 'invalid_token', message: why }, challenge(why));
    }
    const server = buildServer(store, config, claims, runTool);
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
  };
}
