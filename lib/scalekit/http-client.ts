/**
 * The transport under every resource: bearer token, timeout per attempt, retries with full-jitter backoff for
 * idempotent calls (429/502/503/504, network errors; Retry-After honoured), one 401 refresh-and-retry, and
 * in-flight sharing of identical reads. Every call fits in the action's deadline (lib/scalekit/deadline.ts):
 * tries, waits and the token fetch take their time from what is left, so a person waits at most that long.
 *
 * Writes are never retried blindly once they may have been sent: the error says the outcome is unknown
 * (`outcomeUnknown`), and the feature re-reads to tell the person whether it was applied
 * (lib/scalekit/write-outcome.ts). A write's tries leave time for that re-read (VERIFY_RESERVE_MS).
 */
import type { z } from 'zod';
import { ACTION_DEADLINE_MS, currentDeadline } from './deadline';
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
  /**
   * Safe to send twice: reads, POSTs that only read, and get-or-create. Writes say false: they are sent once
   * and, when the answer is lost, re-read by the feature instead.
   */
  idempotent: boolean;
  schema: T;
}

export type HttpClient = ReturnType<typeof createHttpClient>;

/** Time a write leaves, within the deadline, for re-reading whether it was applied. */
export const VERIFY_RESERVE_MS = 3_000;
// An attempt with less time than this cannot expect an answer: the call gives up instead.
const MIN_ATTEMPT_MS = 200;

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

  /** An error that ends the call because the deadline leaves no time for (another) try. */
  const outOfTime = (waitedMs: number) => {
    const e = new ScalekitError(
      `Scalekit did not answer in time (gave up after ${Math.max(1, Math.round(waitedMs / 1000))} s)`,
      504,
      'timeout',
    );
    (e as { neverSent?: boolean }).neverSent = true;
    return e;
  };

  async function attempt(
    spec: RequestSpec<z.ZodType>,
    url: string,
    refreshed: boolean,
    deadline: number,
    startedCall: number,
  ): Promise<unknown> {
    const t0 = now();
    const left = deadline - t0;
    // A write that may lose its answer keeps time to re-read whether it was applied.
    const budget = spec.idempotent ? left : left - Math.min(VERIFY_RESERVE_MS, left / 3);
    if (budget < MIN_ATTEMPT_MS) throw outOfTime(t0 - startedCall);
    let token: string;
    try {
      token = await tokens.get(Math.min(timeoutMs, budget));
    } catch (err) {
      // No token, no request: whatever it was, it was not sent.
      if (isScalekitError(err)) (err as { neverSent?: boolean }).neverSent = true;
      throw err;
    }
    const started = now();
    const leftForThisTry = budget - (started - t0);
    if (leftForThisTry < MIN_ATTEMPT_MS) throw outOfTime(started - startedCall);
    const limit = Math.min(timeoutMs, leftForThisTry);
    const signal = AbortSignal.timeout(limit);
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
        signal,
      });
    } catch (err) {
      // Our own signal fired: a timeout, however fetch words it (when the abort lands while connecting, undici
      // rejects with "fetch failed" and the timeout as its cause, which read as a network error under load).
      const timedOut =
        signal.aborted || (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
      log(formatCall(spec.method, spec.path, timedOut ? 'timeout' : 'network-error', now() - started));
      if (timedOut) {
        throw new ScalekitError(
          `Scalekit did not answer within ${Math.max(1, Math.round(limit / 1000))} s`,
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
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      // The answer broke off (timeout or a dropped connection) after it had started.
      log(formatCall(spec.method, spec.path, 'network-error', now() - started, requestId));
      throw new ScalekitError(
        `Scalekit's answer broke off: ${(err as Error).message}`,
        0,
        'network',
        requestId,
      );
    }
    log(formatCall(spec.method, spec.path, res.status, now() - started, requestId));
    if (res.status === 401 && !refreshed) {
      tokens.invalidate();
      return attempt(spec, url, true, deadline, startedCall);
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
    const startedCall = now();
    const deadline = currentDeadline() ?? startedCall + ACTION_DEADLINE_MS;
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(spec, url, false, deadline, startedCall);
      } catch (err) {
        if (!isScalekitError(err)) throw err;
        const neverSent = (err as { neverSent?: boolean }).neverSent === true;
        // Refused before doing anything (rate limited): the write did not happen and may be sent again.
        const refused = err.status === 429;
        const retry = spec.idempotent
          ? err.retryable && err.code !== 'malformed_response'
          : neverSent || refused;
        if (!spec.idempotent && !neverSent && !refused && (err.retryable || err.status >= 500)) {
          // It may have been applied: the feature must re-read rather than send it again.
          (err as { outcomeUnknown?: boolean }).outcomeUnknown = true;
        }
        if (!retry || tries >= maxRetries) throw err;
        const wait = err.retryAfterMs ?? random() * Math.min(3000, 200 * 2 ** tries);
        // No time for the wait and one more try: this error is the answer.
        if (deadline - now() - wait < MIN_ATTEMPT_MS * 2) throw err;
        await sleep(wait);
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
