/**
 * The shared window limiter on PGlite and on PostgreSQL (TEST_DATABASE_URL; skipped only without one): one
 * atomic statement per take, so concurrency cannot let more than the limit through, even across instances.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/lib/db/client';
import { createDbWindowLimiter } from '@/lib/limits/window-limiter';

function suite(kind: string, open: () => Promise<[DbHandle, DbHandle]>) {
  describe(`window limiter on ${kind}`, () => {
    let a: DbHandle;
    let b: DbHandle;
    beforeAll(async () => {
      [a, b] = await open();
    });
    afterAll(async () => {
      await a.close();
      if (b !== a) await b.close();
    });
    const limiter = (h: DbHandle, name: string, now?: () => number) =>
      createDbWindowLimiter({ name, limit: 10, windowMs: 60_000, now, db: async () => h });

    it('lets exactly the limit through 50 concurrent takes', async () => {
      const l = limiter(a, `t-${randomUUID()}`);
      const results = await Promise.all(Array.from({ length: 50 }, () => l.take('k')));
      expect(results.filter((r) => r.ok)).toHaveLength(10);
      expect(results.filter((r) => !r.ok).every((r) => r.retryAfterS > 0 && r.retryAfterS <= 60)).toBe(true);
    });

    it('two limiter instances (two connections) share one budget', async () => {
      const name = `t-${randomUUID()}`;
      const [one, two] = [limiter(a, name), limiter(b, name)];
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? one : two).take('k')));
      expect(results.filter((r) => r.ok)).toHaveLength(10);
    });

    it('keeps keys apart, opens a new window after the old one, and forgets a key on reset', async () => {
      let t = 1_000_000;
      const l = limiter(a, `t-${randomUUID()}`, () => t);
      for (let i = 0; i < 10; i++) expect((await l.take('x')).ok).toBe(true);
      expect(await l.take('x')).toEqual({ ok: false, remaining: 0, retryAfterS: 60 });
      expect((await l.take('y')).ok).toBe(true);
      t += 45_000;
      expect(await l.take('x')).toMatchObject({ ok: false, retryAfterS: 15 });
      t += 15_000;
      expect(await l.take('x')).toEqual({ ok: true, remaining: 9, retryAfterS: 60 });
      for (let i = 0; i < 9; i++) await l.take('x');
      expect((await l.take('x')).ok).toBe(false);
      await l.reset('x');
      expect((await l.take('x')).ok).toBe(true);
    });
  });
}

suite('PGlite', async () => {
  const h = await createDb({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'limits-db-')) });
  return [h, h]; // one embedded database per process: the two limiter objects share it
});

const pgUrl = process.env.TEST_DATABASE_URL;
// Skipped only when no PostgreSQL is available (TEST_DATABASE_URL unset); CI always sets it.
describe.skipIf(!pgUrl)('PostgreSQL', () => {
  suite('PostgreSQL', async () => [
    await createDb({ databaseUrl: pgUrl }),
    await createDb({ databaseUrl: pgUrl }),
  ]);
});
