/**
 * Virtual MCP servers at /mcp/v3/servers/<uuid>, over Streamable HTTP (stateless: a server is built per
 * request from the config as it is now, so config changes show up for new sessions at once). The caller
 * is the subject of a session token minted for this server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store';
import { serverUrl } from '../http/wire';
import { TokenRejected, type SessionClaims, type SessionTokens } from '../session-tokens/session-tokens';
import type { ToolRunner } from '../logs/run-tool';
import { jsonReply as json, serveConfigTools } from './mcp-server';

const PREFIX = '/mcp/v3/servers/';

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
    await serveConfigTools(
      store,
      runTool,
      config,
      {
        identifier: claims.sub,
        readOnly: claims.access_level === 'READ_ONLY',
        via: { kind: 'session_token', jti: claims.jti },
      },
      req,
      res,
    );
  };
}
