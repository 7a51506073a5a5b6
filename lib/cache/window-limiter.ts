/**
 * A fixed-window counter per key, in memory and bounded: enough to stop one public link from being used to
 * hammer the upstream (each authorize click creates a magic link there). Per process, like the caches.
 */
export function createWindowLimiter(opts: {
  limit: number;
  windowMs: number;
  max?: number;
  now?: () => number;
}) {
  const now = opts.now ?? Date.now;
  const max = opts.max ?? 10_000;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one use; false when the key is over its limit in the current window. */
    take(key: string): { ok: boolean; retryAfterS: number } {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= opts.windowMs) {
        w = { start: t, count: 0 };
        windows.delete(key);
        windows.set(key, w);
        while (windows.size > max) windows.delete(windows.keys().next().value as string);
      }
      w.count++;
      return { ok: w.count <= opts.limit, retryAfterS: Math.ceil((w.start + opts.windowMs - t) / 1000) };
    },
  };
}
