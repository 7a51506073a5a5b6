/**
 * The transport under every resource: bearer token, timeout per attempt, retries with full-jitter backoff for
 * idempotent calls (429/502/503/504, network errors; Retry-After honoured), one 401 refresh-and-retry, and
 * in-flight sharing of identical reads. Creates are never blindly retried.
 */
import type { z } from 'zod';
import { ScalekitError, errorFromResponse, isScalekitError } from './errors';
import { defaultLogger, formatCall, type ScalekitLogger } from './logger';
import { TokenCache } from './token-cache';

export interface HttpClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  maxRetries?: number;
  fetch?: typeof fetch;
  logger?: ScalekitLogger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RequestSpec<T extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | string[] | undefined>;
  body?: unknown;
  /** Safe to send twice: reads, and POSTs that only read. Creates must say false. */
  idempotent: boolean;
  schema: T;
}

export type HttpClient = ReturnType<typeof createHttpClient>;

function buildQuery(query: RequestSpec<z.ZodType>['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, x));
    else params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function createHttpClient(opts: HttpClientOptions) {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxRetries = opts.maxRetries ?? 3;
  const log = opts.logger ?? defaultLogger;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const tokens = new TokenCache({ ...opts, baseUrl, timeoutMs, fetch: doFetch, now });
  const inflight = new Map<string, Promise<unknown>>();

  async function attempt(spec: RequestSpec<z.ZodType>, url: string, refreshed: boolean): Promise<unknown> {
    const token = await tokens.get();
    const started = now();
    let res: Response;
    try {
      res = await doFetch(url, {
        method: spec.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
      log(formatCall(spec.method, spec.path, timedOut ? 'timeout' : 'network-error', now() - started));
      if (timedOut) {
        throw new ScalekitError(
          `Scalekit did not answer within ${Math.round(timeoutMs / 1000)} s`,
          504,
          'timeout',
        );
      }
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      const e = new ScalekitError(
        `Cannot reach Scalekit at ${baseUrl}: ${cause ?? (err as Error).message}`,
        0,
        'network',
      );
      // A refused connection proves nothing was sent: only then may a create be retried.
      (e as { neverSent?: boolean }).neverSent = cause === 'ECONNREFUSED';
      throw e;
    }
    const requestId = res.headers.get('x-request-id') ?? undefined;
    const text = await res.text();
    log(formatCall(spec.method, spec.path, res.status, now() - started, requestId));
    if (res.status === 401 && !refreshed) {
      tokens.invalidate();
      return attempt(spec, url, true);
    }
    if (!res.ok) throw errorFromResponse(res.status, text, requestId, res.headers.get('retry-after'));
    let json: unknown;
    try {
      json = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      throw new ScalekitError(
        'Scalekit sent a response the console cannot read (malformed JSON)',
        502,
        'malformed_response',
        requestId,
      );
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      throw new ScalekitError(
        `Scalekit sent a response in an unexpected shape (${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message})`,
        502,
        'unexpected_response',
        requestId,
      );
    }
    return parsed.data;
  }

  async function withRetries(spec: RequestSpec<z.ZodType>, url: string): Promise<unknown> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(spec, url, false);
      } catch (err) {
        if (!isScalekitError(err) || tries >= maxRetries) throw err;
        const neverSent = (err as { neverSent?: boolean }).neverSent === true;
        const retry = spec.idempotent ? err.retryable && err.code !== 'malformed_response' : neverSent;
        if (!retry) throw err;
        const backoff = random() * Math.min(3000, 200 * 2 ** tries);
        await sleep(err.retryAfterMs ?? backoff);
      }
    }
  }

  return {
    baseUrl,
    request<T extends z.ZodType>(spec: RequestSpec<T>): Promise<z.infer<T>> {
      const url = `${baseUrl}${spec.path}${buildQuery(spec.query)}`;
      if (!spec.idempotent) return withRetries(spec, url) as Promise<z.infer<T>>;
      // Identical concurrent reads share one upstream call; nothing is cached once it settles.
      const key = `${spec.method} ${url} ${spec.body === undefined ? '' : JSON.stringify(spec.body)}`;
      let p = inflight.get(key);
      if (!p) {
        p = withRetries(spec, url).finally(() => inflight.delete(key));
        inflight.set(key, p);
      }
      return p as Promise<z.infer<T>>;
    },
  };
}
