/**
 * Assembles the emulator: REST API, OAuth token endpoint, JWKS, hosted authorization pages, MCP servers and
 * (optionally) test controls, on one node:http server. Every request passes the same pipeline: request id,
 * counters, injected faults, API auth, handler, errors rendered in Scalekit's shape. Nothing a client sends
 * can crash it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counters, Faults } from './controls/faults';
import { registerControlRoutes } from './controls/control-routes';
import { readBody } from './http/body';
import { ApiError } from './http/errors';
import { Reply, Router } from './http/router';
import { omitZero } from './http/wire';
import { createInstanceHandler, INSTANCE_PATH_PREFIX, INSTANCE_ROUTE } from './mcp/instance-handler';
import { createMcpHandler } from './mcp/mcp-handler';
import { registerAuthorizePages } from './pages/authorize';
import { registerCatalogRoutes } from './rest/catalog-routes';
import { registerConfigRoutes } from './rest/configs';
import { registerConnectedAccountRoutes } from './rest/connected-accounts';
import { registerInstanceRoutes } from './rest/instances';
import { registerMcpAuthStateRoutes } from './rest/mcp-auth-state';
import { ApiTokens } from './rest/oauth';
import { createSessionTokens } from './session-tokens/session-tokens';
import { loadCatalog } from './store/catalog';
import { Store } from './store/store';

export const DEFAULT_CLIENT_ID = 'skc_emulator_demo';
export const DEFAULT_CLIENT_SECRET = 'skcs_emulator_demo_secret';

export interface EmulatorOptions {
  port?: number; // 0 = random
  host?: string;
  dataDir?: string; // undefined = in memory only
  seed?: 'demo' | 'none';
  seedUsers?: number;
  controls?: boolean;
  clientId?: string;
  clientSecret?: string;
  publicUrl?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  store: Store;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const clientId = opts.clientId ?? DEFAULT_CLIENT_ID;
  const clientSecret = opts.clientSecret ?? DEFAULT_CLIENT_SECRET;
  const seedUsers = opts.seedUsers ?? 240;
  const catalog = loadCatalog();
  const store = Store.open(catalog, opts.dataDir, { seed: opts.seed ?? 'demo', seedUsers });

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4010, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = (opts.publicUrl ?? `http://${host}:${port}`).replace(/\/+$/, '');

  const router = new Router();
  const deps = { store, baseUrl };
  const apiTokens = new ApiTokens(clientId, clientSecret);
  const tokens = await createSessionTokens({ store, dataDir: opts.dataDir, baseUrl });
  const faults = new Faults();
  const counters = new Counters();
  apiTokens.register(router);
  router.add('GET', '/keys', () => tokens.jwks());
  registerConfigRoutes(router, deps);
  registerMcpAuthStateRoutes(router, deps);
  registerInstanceRoutes(router, deps);
  router.add(
    'POST',
    '/api/v1/mcp/configs/{mcp_config_id}/tokens',
    async ({ params, body }) => tokens.mint(params.mcp_config_id, await body()),
    { auth: true },
  );
  registerConnectedAccountRoutes(router, deps);
  registerCatalogRoutes(router, deps);
  registerAuthorizePages(router, deps);
  if (opts.controls) registerControlRoutes(router, { ...deps, faults, counters, apiTokens, seedUsers });
  const mcp = createMcpHandler({ store, tokens, baseUrl });
  const instanceMcp = createInstanceHandler({ store });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    const isControl = url.pathname.startsWith('/_emulator/');
    const isMcp = url.pathname.startsWith('/mcp/v3/servers/');
    const isInstance = url.pathname.startsWith(INSTANCE_PATH_PREFIX);
    const match = isMcp || isInstance ? undefined : router.match(method, url.pathname);
    // An instance URL is a credential: counters and logs only ever see its template.
    const logPath = isInstance ? INSTANCE_ROUTE : url.pathname;
    const routeKey = isMcp
      ? `${method} /mcp/v3/servers/{uuid}`
      : isInstance
        ? `${method} ${INSTANCE_ROUTE}`
        : typeof match === 'object'
          ? `${method} ${match.route.pattern}`
          : `${method} (unmatched)`;
    try {
      if (!isControl) {
        counters.hit(routeKey);
        const fault = faults.pick(method, url.pathname);
        if (fault) {
          if (fault.latency_ms) await new Promise((r) => setTimeout(r, fault.latency_ms));
          if (fault.drop_connection) return void req.socket.destroy();
          if (fault.malformed_body) {
            res.writeHead(fault.status ?? 200, { 'content-type': 'application/json' });
            return void res.end('{"config": {"id": "cfg_');
          }
          if (fault.status) {
            const headers: Record<string, string> =
              fault.retry_after !== undefined ? { 'retry-after': String(fault.retry_after) } : {};
            const err = new ApiError(
              fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE',
              `injected fault (${fault.status})`,
            );
            return send(res, fault.status, err.toBody(requestId), headers);
          }
        }
      }
      if (isMcp) return await mcp(req, res);
      if (isInstance) return await instanceMcp(req, res);
      if (match === undefined) throw new ApiError('NOT_FOUND', `no route for ${method} ${url.pathname}`);
      if (match === 'method')
        throw new ApiError('UNIMPLEMENTED', `${method} is not supported on ${url.pathname}`);
      if (match.route.auth) apiTokens.check(req.headers.authorization);
      let cachedBody: Promise<unknown> | undefined;
      const result = await match.route.handler({
        req,
        res,
        url,
        params: match.params,
        query: url.searchParams,
        requestId,
        body: () => (cachedBody ??= readBody(req)),
      });
      if (result === undefined) return;
      if (result instanceof Reply) {
        if (result.raw) {
          res.writeHead(result.status, result.headers);
          return void res.end(result.body as string);
        }
        return send(res, result.status, omitZero(result.body), result.headers);
      }
      return send(res, 200, omitZero(result));
    } catch (err) {
      if (err instanceof ApiError) return send(res, err.httpStatus, err.toBody(requestId));
      console.error(`emulator: ${method} ${logPath} failed (request ${requestId}):`, err);
      return send(res, 500, new ApiError('INTERNAL', 'internal error in the emulator').toBody(requestId));
    }
  }

  server.on('request', (req, res) => void handle(req, res));
  return {
    url: baseUrl,
    port,
    store,
    clientId,
    clientSecret,
    async close() {
      store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
