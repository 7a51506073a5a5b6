import 'server-only';
import { randomUUID } from 'node:crypto';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import { toProblem } from '@/lib/errors/problem';
import type { ScalekitClient } from '@/lib/scalekit';
import { listEnvironments, scalekitOf } from './index';
import type { EnvironmentHealth, HealthState } from './types';

/**
 * Is each environment answering? One cheap authenticated call (a one-item config list) per environment, all
 * environments at once, each bounded by its own deadline so one that hangs cannot hold up the others or the
 * page. Results are kept a few seconds on the environment's client: the home page, /api/health and every
 * viewer share one probe per environment per window.
 */

export interface HealthOptions {
  /** Give up after this long: the environment is failing. */
  timeoutMs?: number;
  /** An answer slower than this is "slow". */
  slowMs?: number;
  /** How long one probe's result serves everyone (at most the default, 5 s). */
  ttlMs?: number;
}

export const HEALTH_DEFAULTS = { timeoutMs: 3_000, slowMs: 1_000, ttlMs: 5_000 } as const;

type Ping = () => Promise<{ ok: boolean; latencyMs: number; error?: string; detail?: string }>;

/** One probe: the ping raced against the deadline, classified. Never throws. */
export async function probeHealth(
  name: string,
  ping: Ping,
  opts: { timeoutMs: number; slowMs: number },
  now: () => number = Date.now,
): Promise<EnvironmentHealth> {
  const started = now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ ok: false; latencyMs: number; error: string }>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          latencyMs: opts.timeoutMs,
          error: `did not answer within ${(opts.timeoutMs / 1000).toLocaleString('en-US')} s`,
        }),
      opts.timeoutMs,
    );
  });
  const r = await Promise.race([
    ping().catch((err: unknown) => ({
      ok: false,
      latencyMs: now() - started,
      error: err instanceof Error ? err.message : String(err),
    })),
    deadline,
  ]);
  clearTimeout(timer);
  const state: HealthState = !r.ok ? 'failing' : r.latencyMs > opts.slowMs ? 'slow' : 'answering';
  return {
    name,
    state,
    latencyMs: Math.round(r.latencyMs),
    checkedAt: new Date(started).toISOString(),
    ...(r.ok ? {} : { error: r.error ?? 'failed' }),
    ...('detail' in r && r.detail ? { detail: r.detail } : {}),
  };
}

/**
 * The cheapest authenticated call: a one-item config list. Its failure in the words the console uses everywhere
 * (lib/errors/problem.ts), with the raw message kept apart for admins.
 */
async function ping(sk: ScalekitClient) {
  const started = Date.now();
  try {
    await sk.configs.list({ pageSize: 1 });
    return { ok: true, latencyMs: Date.now() - started };
  } catch (err) {
    return {
      ok: false,
      latencyMs: Date.now() - started,
      error: toProblem(err, { requestId: randomUUID() }).message,
      detail: err instanceof Error ? err.message : String(err),
    };
  }
}

const cacheOf = (sk: ScalekitClient) =>
  sk.scoped('environment-health', () =>
    createCoalescingCache<EnvironmentHealth>({ ttlMs: HEALTH_DEFAULTS.ttlMs, max: 16 }),
  );

/** One environment's health, shared for `ttlMs` by everyone who asks. */
export async function environmentHealth(name: string, opts: HealthOptions = {}): Promise<EnvironmentHealth> {
  const o = { ...HEALTH_DEFAULTS, ...opts };
  const sk = scalekitOf(name);
  const key = `${o.timeoutMs}:${o.slowMs}`;
  const { value } = await cacheOf(sk).get(key, () => probeHealth(name, () => ping(sk), o), o.ttlMs);
  return value;
}

/** Every environment's health, probed in parallel, in display order. */
export function allEnvironmentsHealth(opts: HealthOptions = {}): Promise<EnvironmentHealth[]> {
  return Promise.all(listEnvironments().map((e) => environmentHealth(e.name, opts)));
}
