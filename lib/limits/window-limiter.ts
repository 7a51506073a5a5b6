/**
 * A fixed-window counter per key kept in the console database, so every console instance sharing PostgreSQL
 * counts against the same budget. A take is one atomic statement (INSERT ... ON CONFLICT DO UPDATE ...
 * RETURNING): concurrent takes on one key queue on its row, so exactly `limit` of them are allowed per window.
 */
import { getDb, type DbHandle } from '@/lib/db/client';

export interface TakeResult {
  ok: boolean;
  /** Uses left in this window after this one (0 when refused). */
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  retryAfterS: number;
}

export interface DbWindowLimiter {
  /** Counts one use of `key`; refused once the key has used `limit` in the current window. */
  take(key: string): Promise<TakeResult>;
  /** Forgets the key's window (a success that should clear earlier failures). */
  reset(key: string): Promise<void>;
  /** Returns one use taken for something that then did not happen (a mint Scalekit refused). */
  giveBack(key: string): Promise<void>;
}

// Both CASEs read the row as it was before this take (SET sees the old values), so they agree.
const TAKE_SQL = `
INSERT INTO rate_limits AS r (key, window_start_ms, window_ms, hits) VALUES ($1, $2::bigint, $3::int, 1)
ON CONFLICT (key) DO UPDATE SET
  window_start_ms = CASE WHEN r.window_start_ms + r.window_ms <= $2::bigint THEN $2::bigint ELSE r.window_start_ms END,
  hits = CASE WHEN r.window_start_ms + r.window_ms <= $2::bigint THEN 1 ELSE r.hits + 1 END,
  window_ms = $3::int
RETURNING hits, window_start_ms::text AS start`;

// Expired rows are dropped now and then by whoever takes, so the table stays as small as the live windows.
const SWEEP_EVERY = 200;
let takesSinceSweep = 0;

export function createDbWindowLimiter(opts: {
  /** Namespace of the keys ('mint', 'signin-account', ...): limiters never share counters by accident. */
  name: string;
  limit: number;
  windowMs: number;
  now?: () => number;
  db?: () => Promise<DbHandle>;
}): DbWindowLimiter {
  const now = opts.now ?? Date.now;
  const db = opts.db ?? getDb;
  const fullKey = (key: string) => `${opts.name}:${key}`;
  return {
    async take(key) {
      const { raw } = await db();
      const t = Math.floor(now());
      const [row] = await raw.query<{ hits: number; start: string }>(TAKE_SQL, [
        fullKey(key),
        t,
        opts.windowMs,
      ]);
      if (++takesSinceSweep >= SWEEP_EVERY) {
        takesSinceSweep = 0;
        await raw.query('DELETE FROM rate_limits WHERE window_start_ms + window_ms <= $1::bigint', [t]);
      }
      const hits = Number(row!.hits);
      const retryAfterS = Math.max(1, Math.ceil((Number(row!.start) + opts.windowMs - t) / 1000));
      return { ok: hits <= opts.limit, remaining: Math.max(0, opts.limit - hits), retryAfterS };
    },
    async reset(key) {
      const { raw } = await db();
      await raw.query('DELETE FROM rate_limits WHERE key = $1', [fullKey(key)]);
    },
    async giveBack(key) {
      const { raw } = await db();
      await raw.query('UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND hits > 0', [fullKey(key)]);
    },
  };
}
