/**
 * The gRPC services are the REST routes, reached the way Scalekit's own grpc-gateway maps one onto the other
 * (API.md section 1a): each rpc names its REST route (`google.api.http` in Scalekit's protos), the request
 * message becomes that route's path parameters plus its JSON body (`body: "*"` or one field) or its query
 * string, the very same route handler runs (validation, rules, store changes, webhooks, logs), and its JSON
 * answer becomes the response message. So REST and gRPC cannot disagree: there is one implementation.
 */
import {
  fromJson,
  toJson,
  type DescMessage,
  type DescMethod,
  type DescService,
  type JsonObject,
  type JsonValue,
  type Message,
} from '@bufbuild/protobuf';
import { createContextKey, type HandlerContext, type ServiceImpl } from '@connectrpc/connect';
import { invalid } from '../http/errors';
import { Reply, type Router } from '../http/router';
import { omitZero } from '../http/wire';
import type { AnyRequest, AnyResponse } from '../net/one-port-server';
import { restErrorToConnect } from './grpc-errors';

/** One rpc's REST route, as its `google.api.http` option says. */
export interface RestBinding {
  /** Method and path template exactly as registered on the router, e.g. `GET /api/v1/mcp/configs/{config_id}`. */
  route: string;
  /** `*`: every field not in the path is the JSON body; a field name: that field is; absent: the query string. */
  body?: string;
  /** Refuses, before anything runs, a request the REST route cannot express. */
  check?: (request: JsonObject) => void;
}

/** What a gRPC call carries down to the REST handler: its request id and the node request and response. */
export interface CallInfo {
  requestId: string;
  req: AnyRequest | undefined;
  res: AnyResponse | undefined;
}
export const callInfoKey = createContextKey<CallInfo>({ requestId: '', req: undefined, res: undefined });

/** The request message as the JSON grpc-gateway would have received: proto field names, zero values left out. */
const requestJson = (schema: DescMessage, message: Message) =>
  toJson(schema, message, { useProtoFieldName: true }) as JsonObject;

/** Nested fields as dotted query parameters (`filter.id`), repeated ones as repeated keys, as the gateway reads. */
function toQuery(json: JsonObject, prefix = '', into = new URLSearchParams()): URLSearchParams {
  for (const [k, v] of Object.entries(json)) {
    const key = prefix + k;
    if (Array.isArray(v)) for (const item of v) into.append(key, String(item));
    else if (v !== null && typeof v === 'object') toQuery(v, `${key}.`, into);
    else if (v !== null) into.append(key, String(v));
  }
  return into;
}

/** The REST handler's answer as the rpc's response message, from exactly the JSON REST clients receive. */
function toResponse(schema: DescMessage, result: unknown) {
  if (result instanceof Reply) {
    if (result.status >= 400) throw restErrorToConnect(result.body as Record<string, unknown>);
    result = result.body;
  }
  return fromJson(schema, (omitZero(result ?? {}) as JsonValue) ?? {}, { ignoreUnknownFields: true });
}

function bridgeMethod(router: Router, method: DescMethod, binding: RestBinding) {
  const [verb, pattern] = binding.route.split(' ');
  const route = router.route(verb, pattern);
  if (!route) throw new Error(`${method.parent.typeName}/${method.name}: no REST route ${binding.route}`);
  return async (request: Message, context: HandlerContext) => {
    const call = context.values.get(callInfoKey);
    const json = requestJson(method.input, request);
    binding.check?.(json);
    const params: Record<string, string> = {};
    for (const key of route.keys) {
      const value = json[key];
      if (typeof value !== 'string' || value === '')
        throw invalid(`${key} is required`, [{ field: key, description: `${key} is required` }]);
      params[key] = value;
      delete json[key];
    }
    let body: unknown = {};
    let query = new URLSearchParams();
    if (binding.body === '*') body = json;
    else if (binding.body) {
      body = json[binding.body] ?? {};
      delete json[binding.body];
      query = toQuery(json);
    } else query = toQuery(json);
    const path = pattern.replace(/\{([a-z_]+)\}/g, (_, k: string) => encodeURIComponent(params[k]));
    const result = await route.handler({
      req: call.req as never,
      res: call.res as never,
      url: new URL(`http://emulator${path}?${query}`),
      params,
      query,
      requestId: call.requestId,
      body: async () => body,
    });
    return toResponse(method.output, result);
  };
}

/**
 * A service implementation whose every rpc runs its REST route. Every rpc of the service needs a binding and
 * every binding an rpc, checked at start, so a proto and its bindings cannot drift apart unnoticed.
 */
export function bridgeService<S extends DescService>(
  router: Router,
  service: S,
  bindings: Record<string, RestBinding>,
): ServiceImpl<S> {
  const impl: Record<string, unknown> = {};
  for (const method of service.methods) {
    const binding = bindings[method.name];
    if (!binding) throw new Error(`${service.typeName}/${method.name} has no REST binding`);
    impl[method.localName] = bridgeMethod(router, method, binding);
  }
  const extra = Object.keys(bindings).filter((name) => !service.methods.some((m) => m.name === name));
  if (extra.length) throw new Error(`${service.typeName} has no rpc ${extra.join(', ')}`);
  return impl as ServiceImpl<S>;
}
