/**
 * The gRPC side of the emulator: McpService, ConnectedAccountService and ToolService over HTTP/2 (TLS or h2c)
 * with @connectrpc/connect-node, exactly as the official SDKs call them (API.md sections 1b and 11). Around
 * every call, the same things as around a REST request: a request id, the per-route counter, injected faults
 * (`/_emulator/faults`), the API token check, and errors that always carry an ErrorInfo.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { anyPack } from '@bufbuild/protobuf/wkt';
import { create, toBinary } from '@bufbuild/protobuf';
import { createContextKey, createContextValues, type Interceptor } from '@connectrpc/connect';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import type { Counters, Faults } from '../controls/faults';
import { unauthenticated } from '../http/errors';
import type { Router } from '../http/router';
import type { AnyRequest, AnyResponse } from '../net/one-port-server';
import type { ApiTokens } from '../rest/oauth';
import { connectedAccountService, CONNECTED_ACCOUNT_BINDINGS } from './connected-account-service';
import { ConnectedAccountService } from './gen/scalekit/v1/connected_accounts/connected_accounts_pb';
import { ErrorInfoSchema } from './gen/scalekit/v1/errdetails/errdetails_pb';
import { McpService } from './gen/scalekit/v1/mcp/mcp_pb';
import { ToolService } from './gen/scalekit/v1/tools/tools_pb';
import { StatusSchema } from './gen/google/rpc/status_pb';
import { grpcError, grpcStatusForHttp, toGrpcError } from './grpc-errors';
import { mcpService, MCP_BINDINGS } from './mcp-service';
import { callInfoKey } from './rest-bridge';
import { toolService, TOOL_BINDINGS } from './tool-service';

type Fault = NonNullable<ReturnType<Faults['pick']>>;
/** An injected status fault, decided before the call and raised inside it (so connect writes the error). */
const faultKey = createContextKey<Fault | undefined>(undefined);

/** `/scalekit.v1.mcp.McpService/GetMcpConfig` -> the REST route it mirrors, for fault matching and docs. */
export const GRPC_ROUTES: ReadonlyMap<string, { verb: string; pattern: string }> = new Map(
  (
    [
      [McpService, MCP_BINDINGS],
      [ConnectedAccountService, CONNECTED_ACCOUNT_BINDINGS],
      [ToolService, TOOL_BINDINGS],
    ] as const
  ).flatMap(([service, bindings]) =>
    service.methods.map((m) => {
      const [verb, pattern] = bindings[m.name].route.split(' ');
      return [`/${service.typeName}/${m.name}`, { verb, pattern }] as const;
    }),
  ),
);

export const isGrpcRequest = (pathname: string, contentType: string | undefined) =>
  GRPC_ROUTES.has(pathname) || (contentType ?? '').startsWith('application/grpc');

/**
 * The first `Bearer` credential of the call. The Python SDK sends `authorization` twice (its explicit metadata,
 * then the channel's token frozen at construction), so the first one is the current token.
 */
function firstBearer(header: string | null): string | undefined {
  const first = (header ?? '').split(',')[0].trim();
  return first || undefined;
}

export function createGrpcServer(deps: {
  router: Router;
  apiTokens: ApiTokens;
  faults: Faults;
  counters: Counters;
}) {
  const { router, apiTokens, faults, counters } = deps;
  const calls = new WeakMap<AnyRequest, { requestId: string; fault: Fault | undefined }>();

  const everyCall: Interceptor = (next) => async (req) => {
    const requestId = req.contextValues.get(callInfoKey).requestId;
    try {
      const header = firstBearer(req.header.get('authorization'));
      if (!header) throw unauthenticated('missing bearer token: send authorization: Bearer <access_token>');
      apiTokens.check(header);
      const fault = req.contextValues.get(faultKey);
      if (fault?.status) {
        const err = grpcError(grpcStatusForHttp(fault.status), `injected fault (${fault.status})`, requestId);
        if (fault.retry_after !== undefined) err.metadata.set('retry-after', String(fault.retry_after));
        throw err;
      }
      return await next(req);
    } catch (err) {
      throw toGrpcError(err, requestId, `${req.service.typeName}/${req.method.name}`);
    }
  };

  const adapter = connectNodeAdapter({
    routes: (r) => {
      r.service(McpService, mcpService(router));
      r.service(ConnectedAccountService, connectedAccountService(router));
      r.service(ToolService, toolService(router));
    },
    interceptors: [everyCall],
    contextValues: (req) => {
      const call = calls.get(req as AnyRequest);
      return createContextValues()
        .set(callInfoKey, {
          requestId: call?.requestId ?? randomUUID(),
          req: req as AnyRequest,
          res: undefined,
        })
        .set(faultKey, call?.fault);
    },
    fallback: (req, res) =>
      unknownMethod(req as AnyRequest, res as AnyResponse, calls.get(req as AnyRequest)),
  });

  return async function handleGrpc(req: AnyRequest, res: AnyResponse, pathname: string) {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const route = GRPC_ROUTES.get(pathname);
    counters.hit(route ? `POST ${pathname}` : 'POST (unmatched)');
    // A fault names the gRPC method (`/scalekit.v1.tools.ToolService/*`) or the REST route it mirrors.
    const fault =
      faults.pick('POST', pathname) ?? (route ? faults.pick(route.verb, route.pattern) : undefined);
    if (fault?.latency_ms) await new Promise((r) => setTimeout(r, fault.latency_ms));
    if (fault?.drop_connection) return void req.socket.destroy();
    if (fault?.malformed_body) return malformedReply(res);
    calls.set(req, { requestId, fault });
    (adapter as (req: AnyRequest, res: AnyResponse) => void)(req, res);
  };
}

/** A well-framed gRPC message whose bytes are not a valid protobuf message: the client's decoding fails. */
function malformedReply(res: AnyResponse) {
  const out = res as ServerResponse;
  out.writeHead(200, { 'content-type': 'application/grpc+proto' });
  out.write(Buffer.from([0, 0, 0, 0, 3, 0xff, 0xff, 0xff]));
  out.addTrailers({ 'grpc-status': '0' });
  out.end();
}

/** UNIMPLEMENTED for a method we do not serve, with the ErrorInfo trailer every error carries. */
function unknownMethod(req: AnyRequest, res: AnyResponse, call: { requestId: string } | undefined) {
  const requestId = call?.requestId ?? randomUUID();
  const message = `method ${(req.url ?? '').split('?')[0]} is not served by the emulator`;
  const status = create(StatusSchema, {
    code: 12,
    message,
    details: [
      anyPack(
        ErrorInfoSchema,
        create(ErrorInfoSchema, { errorCode: 'UNIMPLEMENTED', requestInfo: { requestId } }),
      ),
    ],
  });
  res.writeHead(200, {
    'content-type': 'application/grpc+proto',
    'grpc-status': '12',
    'grpc-message': encodeURIComponent(message),
    'grpc-status-details-bin': Buffer.from(toBinary(StatusSchema, status)).toString('base64'),
  });
  res.end();
}
