/**
 * The console database on embedded PGlite, and on a real PostgreSQL when TEST_DATABASE_URL is set (CI starts
 * one; see .ci/run). Locally without PostgreSQL the second block is skipped for that reason only.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, listAuditActions } from '@/lib/audit/query';
import { recordAudit } from '@/lib/audit/record';
import { createDb, type DbHandle } from '@/lib/db/client';
import { listMigrations, migrate } from '@/lib/db/migrate';

function suite(kind: string, open: () => Promise<DbHandle>) {
  describe(`database on ${kind}`, () => {
    let h: DbHandle;
    beforeAll(async () => {
      h = await open();
      await h.raw.exec('DELETE FROM audit_log');
    });
    afterAll(() => h.close());

    it('applies every migration once; running again applies nothing', async () => {
      const rows = await h.raw.query<{ name: string }>('SELECT name FROM console_migrations ORDER BY name');
      expect(rows.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
      expect(await migrate(h.raw, { postgres: h.kind === 'postgres' })).toEqual([]);
    });

    it('records audit entries with secrets redacted, and pages newest first with filters', async () => {
      for (let i = 0; i < 7; i++) {
        await recordAudit(
          {
            actorEmail: i % 2 ? 'admin@example.com' : 'support@example.com',
            actorRole: i % 2 ? 'admin' : 'support',
            action: i < 5 ? 'config.update' : 'token.mint',
            target: `cfg_${i}`,
            summary:
              i === 6
                ? 'minted eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXZhbHVl with skcs_abc'
                : `change ${i}`,
            outcome: i === 3 ? 'failure' : 'success',
          },
          h,
        );
      }
      const p1 = await listAudit({}, { limit: 3, handle: h });
      expect(p1.entries.map((e) => e.target)).toEqual(['cfg_6', 'cfg_5', 'cfg_4']);
      expect(p1.entries[0].summary).toBe('minted [redacted] with [redacted]');
      const p2 = await listAudit({ cursor: p1.nextCursor! }, { limit: 3, handle: h });
      expect(p2.entries.map((e) => e.target)).toEqual(['cfg_3', 'cfg_2', 'cfg_1']);
      const p3 = await listAudit({ cursor: p2.nextCursor! }, { limit: 3, handle: h });
      expect(p3.entries.map((e) => e.target)).toEqual(['cfg_0']);
      expect(p3.nextCursor).toBeNull();
      const mine = await listAudit({ actor: 'admin@example.com' }, { handle: h });
      expect(mine.entries.every((e) => e.actorEmail === 'admin@example.com')).toBe(true);
      expect((await listAudit({ outcome: 'failure' }, { handle: h })).entries.map((e) => e.target)).toEqual([
        'cfg_3',
      ]);
      expect((await listAudit({ action: 'token.mint' }, { handle: h })).entries).toHaveLength(2);
      expect((await listAudit({ target: 'CFG_5' }, { handle: h })).entries).toHaveLength(1);
      expect((await listAudit({ from: new Date(Date.now() + 60_000) }, { handle: h })).entries).toHaveLength(
        0,
      );
      expect(await listAuditActions(h)).toEqual(['config.update', 'token.mint']);
    });
  });
}

suite('PGlite', () => createDb({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'console-db-')) }));

const pgUrl = process.env.TEST_DATABASE_URL;
// Skipped only when no PostgreSQL is available (TEST_DATABASE_URL unset); CI always sets it.
describe.skipIf(!pgUrl)('PostgreSQL', () => {
  suite('PostgreSQL', async () => {
    const h = await createDb({ databaseUrl: pgUrl });
    return h;
  });

  it('lets several instances migrate at once (advisory lock)', async () => {
    const handles = await Promise.all([
      createDb({ databaseUrl: pgUrl }),
      createDb({ databaseUrl: pgUrl }),
      createDb({ databaseUrl: pgUrl }),
    ]);
    const rows = await handles[0].raw.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM console_migrations',
    );
    expect(Number(rows[0].n)).toBe(listMigrations().length);
    await Promise.all(handles.map((x) => x.close()));
  });
});
