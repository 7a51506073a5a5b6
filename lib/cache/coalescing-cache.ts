/**
 * A small TTL cache that also shares in-flight loads: however many callers ask for the same key while a load
 * runs or its result is fresh, the loader runs once. Failures are kept only briefly (`failureTtlMs`, 1 s):
 * long enough that a failing upstream is not hammered by every viewer at once, short enough that recovery
 * shows at the next poll. Bounded: the oldest entries are dropped past `max`.
 */
export interface CoalescingCache<V> {
  /** `maxAgeMs` tightens freshness for this call (an explicit refresh); a load in flight is always shared. */
  get(key: string, load: () => Promise<V>, maxAgeMs?: number): Promise<{ value: V; loadedAt: number }>;
  /** Forget one key (after a change we made), so the next read goes upstream. */
  invalidate(key: string): void;
  /** Forget every key that starts with the prefix. */
  invalidatePrefix(prefix: string): void;
  size(): number;
}

interface Entry<V> {
  promise: Promise<{ value: V; loadedAt: number }>;
  settledAt: number | null; // null while loading
  failed: boolean;
}

export function createCoalescingCache<V>(opts: {
  ttlMs: number;
  failureTtlMs?: number;
  max?: number;
  now?: () => number;
}): CoalescingCache<V> {
  const max = opts.max ?? 1000;
  const now = opts.now ?? Date.now;
  const entries = new Map<string, Entry<V>>();

  const failureTtlMs = Math.min(opts.failureTtlMs ?? 1000, opts.ttlMs);
  const fresh = (e: Entry<V>, maxAgeMs: number) =>
    e.settledAt === null || now() - e.settledAt < (e.failed ? Math.min(maxAgeMs, failureTtlMs) : maxAgeMs);

  return {
    get(key, load, maxAgeMs = opts.ttlMs) {
      // Check and replace happen in one synchronous step, so concurrent refreshes start one load, not many.
      const hit = entries.get(key);
      if (hit && fresh(hit, Math.min(maxAgeMs, opts.ttlMs))) return hit.promise;
      const entry: Entry<V> = { promise: Promise.resolve(null as never), settledAt: null, failed: false };
      entry.promise = load().then(
        (value) => {
          entry.settledAt = now();
          return { value, loadedAt: entry.settledAt };
        },
        (err: unknown) => {
          entry.settledAt = now();
          entry.failed = true;
          throw err;
        },
      );
      // Nobody may be awaiting a failed entry later; keep the rejection from surfacing as unhandled.
      entry.promise.catch(() => undefined);
      entries.delete(key); // re-insert so Map order is least-recently-loaded first
      entries.set(key, entry);
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
      return entry.promise;
    },
    invalidate(key) {
      entries.delete(key);
    },
    invalidatePrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
    size: () => entries.size,
  };
}
