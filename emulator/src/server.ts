/**
 * Assembles the emulator: REST API, OAuth token endpoint, JWKS, hosted authorization pages, MCP servers and
 * (optionally) test controls, on one node:http server. Every request passes the same pipeline: request id,
 * counters, injected faults, API auth, handler, errors rendered in Scalekit's shape. Nothing a client sends
 * can crash it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Counters, Faults, type FaultInput } from './controls/faults';
import { registerControlRoutes } from './controls/control-routes';
import { createGrpcServer, isGrpcRequest } from './grpc/grpc-server';
import { readBody } from './http/body';
import { ApiError, invalid, isApiError } from './http/errors';
import { Reply, Router } from './http/router';
import { omitZero } from './http/wire';
import { createToolRunner } from './logs/run-tool';
import { ToolCallLogs } from './logs/tool-call-log-store';
import { registerToolFaultRoutes, ToolFaults } from './logs/tool-faults';
import { createInstanceHandler, INSTANCE_PATH_PREFIX, INSTANCE_ROUTE } from './mcp/instance-handler';
import { createMcpHandler } from './mcp/mcp-handler';
import { createOnePortServer, type AnyRequest, type AnyResponse } from './net/one-port-server';
import { registerAuthorizePages } from './pages/authorize';
import { registerCatalogRoutes } from './rest/catalog-routes';
import { registerConfigRoutes } from './rest/configs';
import { registerConnectedAccountRoutes } from './rest/connected-accounts';
import { registerExecuteToolRoute } from './rest/execute-tool';
import { registerInstanceRoutes } from './rest/instances';
import { registerMcpAuthStateRoutes } from './rest/mcp-auth-state';
import { ApiTokens } from './rest/oauth';
import { registerToolLogRoutes } from './rest/tool-logs';
import { createSessionTokens } from './session-tokens/session-tokens';
import { loadCatalog } from './store/catalog';
import type { SeedVariant } from './store/seed-variants';
import { Store } from './store/store';
import { LocalCa } from './tls/local-ca';
import { registerWebhookControlRoutes } from './webhooks/control-routes';
import { WebhookDispatcher, type WebhookOptions } from './webhooks/dispatcher';
import { eventsFor } from './webhooks/events';

export const DEFAULT_CLIENT_ID = 'skc_emulator_demo';
export const DEFAULT_CLIENT_SECRET = 'skcs_emulator_demo_secret';
export const DEFAULT_SEED_TOOL_CALLS = 6000;

export interface EmulatorOptions {
  port?: number; // 0 = random
  host?: string;
  dataDir?: string; // undefined = in memory only
  seed?: 'demo' | 'none';
  /** Which environment's demo data: `production` differs from `development` on purpose (store/seed-variants.ts). */
  seedVariant?: SeedVariant;
  seedUsers?: number;
  seedToolCalls?: number; // seeded tool-call history over the last week (demo seed only)
  controls?: boolean;
  clientId?: string;
  clientSecret?: string;
  publicUrl?: string;
  webhooks?: WebhookOptions; // signed connected-account events to these endpoints
}

export interface RunningEmulator {
  url: string;
  port: number;
  /** The environment URL for the official SDKs: TLS (gRPC and REST) on the same port, trusted through the CA. */
  sdkUrl: string;
  /** The local CA: `caPath` is the file clients trust; `ensure()` makes it if this is the first start. */
  ca: LocalCa;
  store: Store;
  webhooks: WebhookDispatcher | undefined;
  toolLogs: ToolCallLogs;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/**
 * The request target as a URL. Origin-form targets (`/path?q`) are appended to a fixed base so odd paths
 * such as `//` stay paths; absolute-form targets must parse as URLs; anything else is the client's mistake.
 */
function parseTarget(target: string | undefined): URL {
  const raw = target ?? '/';
  try {
    return raw.startsWith('/') ? new URL(`http://emulator${raw}`) : new URL(raw);
  } catch {
    throw invalid('the request target is not a valid URL path', [
      { field: '(request target)', description: 'send a path such as /api/v1/mcp/configs' },
    ]);
  }
}

/**
 * Malformed HTTP (bad request line, broken headers) never reaches `request`: answer it here with a 400 in
 * the usual error shape, or just close when the socket can no longer be written.
 */
function answerClientError(err: Error & { code?: string }, socket: Socket) {
  // Once a response has started on this socket another one cannot follow: just close (as node's default does).
  const busy = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (err.code === 'ECONNRESET' || !socket.writable || busy) return void socket.destroy();
  const [status, reason] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const body = JSON.stringify(
    new ApiError('INVALID_ARGUMENT', `malformed HTTP request (${err.code ?? 'parse error'})`).toBody(
      randomUUID(),
    ),
  );
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/**
 * Applies an injected fault: waits its latency, then drops the connection or answers in its place. True when it
 * answered (or dropped), false for a latency-only fault (the real answer follows).
 */
async function answerWithFault(
  fault: FaultInput,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<boolean> {
  if (fault.latency_ms) await new Promise((r) => setTimeout(r, fault.latency_ms));
  if (fault.drop_connection) return (req.socket.destroy(), true);
  if (fault.malformed_body) {
    res.writeHead(fault.status ?? 200, { 'content-type': 'application/json' });
    return (res.end('{"config": {"id": "cfg_'), true);
  }
  if (fault.status) {
    const headers: Record<string, string> =
      fault.retry_after !== undefined ? { 'retry-after': String(fault.retry_after) } : {};
    const err = new ApiError(
      fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE',
      `injected fault (${fault.status})`,
    );
    send(res, fault.status, err.toBody(requestId), headers);
    return true;
  }
  return false;
}

/** The https:// URL the SDKs use: the certificate names localhost, so loopback and wildcard binds use that. */
function sdkUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host);
  const name = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `https://${name}:${port}`;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const clientId = opts.clientId ?? DEFAULT_CLIENT_ID;
  const clientSecret = opts.clientSecret ?? DEFAULT_CLIENT_SECRET;
  const seedUsers = opts.seedUsers ?? 240;
  const catalog = loadCatalog();
  const seedVariant = opts.seedVariant ?? 'development';
  const store = Store.open(catalog, opts.dataDir, {
    seed: opts.seed ?? 'demo',
    seedUsers,
    variant: seedVariant,
  });
  const webhooks = opts.webhooks?.urls.length ? new WebhookDispatcher(opts.webhooks) : undefined;
  if (webhooks) store.onAccountChange = (change) => webhooks.enqueue(eventsFor(change, store.connections));
  const seedToolCalls = opts.seedToolCalls ?? DEFAULT_SEED_TOOL_CALLS;
  const toolLogs = ToolCallLogs.open(store, opts.dataDir, {
    seed: opts.seed ?? 'demo',
    toolCalls: seedToolCalls,
  });
  const toolFaults = new ToolFaults();
  const runTool = createToolRunner({ store, logs: toolLogs, faults: toolFaults });

  const publicHost = opts.publicUrl ? new URL(opts.publicUrl).hostname.replace(/^\[|\]$/g, '') : host;
  const ca = new LocalCa(opts.dataDir, [host, publicHost]);
  // The port opens before the routes exist (their base URL needs the port): until they do, callers (a
  // readiness probe, say) are told to come back rather than reaching half-built state.
  let serving = false;
  // One port serves REST, OAuth, pages and MCP (HTTP/1.1 and HTTP/2, plain or TLS) and gRPC (HTTP/2).
  const { server, closeAllConnections } = createOnePortServer(ca, (req, res) => dispatch(req, res));
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
  registerToolLogRoutes(router, { toolLogs });
  registerExecuteToolRoute(router, { ...deps, runTool });
  registerAuthorizePages(router, deps);
  if (opts.controls) {
    registerControlRoutes(router, {
      ...deps,
      faults,
      counters,
      apiTokens,
      seedUsers,
      seedVariant,
      toolLogs,
      toolFaults,
    });
    registerToolFaultRoutes(router, { store, toolFaults });
    registerWebhookControlRoutes(router, webhooks);
  }
  const grpc = createGrpcServer({ router, apiTokens, faults, counters });
  const mcp = createMcpHandler({ store, tokens, baseUrl, runTool });
  const instanceMcp = createInstanceHandler({ store, runTool });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const method = req.method ?? 'GET';
    let where = '(unparsed target)';
    // Everything from parsing the request target on is inside the try: no input can escape as an exception.
    try {
      const url = parseTarget(req.url);
      const isControl = url.pathname.startsWith('/_emulator/');
      const isMcp = url.pathname.startsWith('/mcp/v3/servers/');
      const isInstance = url.pathname.startsWith(INSTANCE_PATH_PREFIX);
      // An instance URL is a credential: counters and logs only ever see its template.
      where = isInstance ? INSTANCE_ROUTE : url.pathname;
      const match = isMcp || isInstance ? undefined : router.match(method, url.pathname);
      const routeKey = isMcp
        ? `${method} /mcp/v3/servers/{uuid}`
        : isInstance
          ? `${method} ${INSTANCE_ROUTE}`
          : typeof match === 'object'
            ? `${method} ${match.route.pattern}`
            : `${method} (unmatched)`;
      let afterApply: FaultInput | undefined;
      if (!isControl) {
        counters.hit(routeKey);
        const fault = faults.pick(method, url.pathname);
        if (fault?.after_apply) afterApply = fault;
        else if (fault && (await answerWithFault(fault, req, res, requestId))) return;
      }
      if (isMcp) return await mcp(req, res);
      if (isInstance) return await instanceMcp(req, res);
      if (match === undefined) throw new ApiError('NOT_FOUND', `no route for ${method} ${where}`);
      if (match === 'method')
        throw new ApiError('METHOD_NOT_ALLOWED', `${method} is not supported on ${url.pathname}`);
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
      if (afterApply && (await answerWithFault(afterApply, req, res, requestId))) return;
      if (result instanceof Reply) {
        if (result.raw) {
          res.writeHead(result.status, result.headers);
          return void res.end(result.body as string);
        }
        return send(res, result.status, omitZero(result.body), result.headers);
      }
      return send(res, 200, omitZero(result));
    } catch (err) {
      if (isApiError(err)) return send(res, err.httpStatus, err.toBody(requestId));
      console.error(`emulator: ${method} ${where} failed (request ${requestId}):`, err);
      return send(res, 500, new ApiError('INTERNAL', 'internal error in the emulator').toBody(requestId));
    }
  }

  /** gRPC calls (by method path or content type) to the gRPC services, everything else to the REST pipeline. */
  function dispatch(req: AnyRequest, res: AnyResponse) {
    if (!serving) {
      res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' });
      res.end('starting');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0];
    const work = isGrpcRequest(pathname, req.headers['content-type'])
      ? grpc(req, res, pathname)
      : handle(req as IncomingMessage, res as ServerResponse);
    work.catch((err: unknown) => {
      // Only reachable if answering itself failed (socket gone mid-write): drop the connection, keep serving.
      console.error('emulator: could not answer a request:', err);
      res.destroy();
    });
  }
  server.on('clientError', answerClientError);
  serving = true;
  return {
    url: baseUrl,
    port,
    sdkUrl: sdkUrl(opts.publicUrl ? publicHost : host, port),
    ca,
    store,
    webhooks,
    toolLogs,
    clientId,
    clientSecret,
    async close() {
      webhooks?.close();
      store.flush();
      closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
