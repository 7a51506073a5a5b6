/**
 * A small router over node:http. Patterns use Scalekit's path templates (`/api/v1/mcp/configs/{config_id}`,
 * literal `:delete` suffixes included), so the counter keys read like the API reference.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { invalid } from './errors';

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  requestId: string;
  body: () => Promise<unknown>;
}

/** A handler returns the JSON body (status 200), a Reply, or writes `res` itself and returns `undefined`. */
export type Handler = (ctx: Ctx) => unknown;

export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
    readonly raw = false, // body is a string sent as is (HTML, redirects)
  ) {}
}

export interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  keys: string[];
  handler: Handler;
  auth: boolean; // requires an API bearer token
}

export class Router {
  readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler, opts: { auth?: boolean } = {}) {
    const keys: string[] = [];
    const source = pattern
      .split(/(\{[a-z_]+\})/)
      .map((part) => {
        const m = /^\{([a-z_]+)\}$/.exec(part);
        if (m) {
          keys.push(m[1]);
          return '([^/:]+)';
        }
        return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      })
      .join('');
    this.routes.push({
      method,
      pattern,
      regex: new RegExp(`^${source}$`),
      keys,
      handler,
      auth: opts.auth ?? false,
    });
  }

  /** The route registered for exactly this method and pattern (the gRPC services call REST routes by name). */
  route(method: string, pattern: string): Route | undefined {
    return this.routes.find((r) => r.method === method && r.pattern === pattern);
  }

  match(
    method: string,
    pathname: string,
  ): { route: Route; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.regex.exec(pathname);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((k, i) => {
        params[k] = decodeParam(k, m[i + 1]);
      });
      return { route, params };
    }
    return pathMatched ? 'method' : undefined;
  }
}

/** A malformed percent-escape (`%E0`, `%zz`) is the client's mistake: a 400 naming the parameter. */
function decodeParam(name: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalid(`path parameter ${name} is not valid percent-encoded UTF-8`, [
      { field: name, description: 'malformed percent-escape in the URL path' },
    ]);
  }
}
