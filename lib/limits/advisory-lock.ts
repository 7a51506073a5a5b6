/**
 * Runs `fn` while holding a PostgreSQL transaction-scoped advisory lock on `key`, so console instances sharing
 * one database take turns. The lock waits at most `waitMs`, then fails with code LOCK_TIMEOUT. On the embedded
 * PGlite (one process, one console) there is nobody else to exclude and `fn` simply runs.
 */
import { sql } from 'drizzle-orm';
import { getDb, type DbHandle } from '@/lib/db/client';

export const LOCK_TIMEOUT = 'LOCK_TIMEOUT';

export class LockTimeoutError extends Error {
  readonly code = LOCK_TIMEOUT;
  constructor(key: string) {
    super(`timed out waiting for the lock on ${key}`);
    this.name = 'LockTimeoutError';
  }
}

export async function withAdvisoryLock<T>(
  key: string,
  fn: () => Promise<T>,
  opts: { waitMs?: number; db?: () => Promise<DbHandle> } = {},
): Promise<T> {
  const handle = await (opts.db ?? getDb)();
  if (handle.kind !== 'postgres') return fn();
  const waitMs = Math.max(1, Math.floor(opts.waitMs ?? 30_000));
  return handle.db.transaction(async (tx) => {
    // SET LOCAL takes no bind parameters; waitMs is an integer we computed.
    await tx.execute(sql.raw(`SET LOCAL lock_timeout = ${waitMs}`));
    try {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
    } catch (err) {
      // 55P03 lock_not_available: another instance held the lock for longer than waitMs.
      if ((err as { code?: unknown }).code === '55P03') throw new LockTimeoutError(key);
      throw err;
    }
    return fn(); // the lock is released when the transaction ends, whatever fn does
  });
}
