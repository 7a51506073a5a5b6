/**
 * Plain SQL migrations (lib/db/migrations/NNNN_name.sql), applied in order, each in a transaction, recorded in
 * console_migrations. On PostgreSQL an advisory lock makes several console instances starting together safe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

const MIGRATION_LOCK = 727_263; // any constant shared by every console instance

export function migrationsDir() {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'db', 'migrations');
}

export function listMigrations(dir = migrationsDir()) {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ name: f, sql: readFileSync(path.join(/*turbopackIgnore: true*/ dir, f), 'utf8') }));
}

export async function migrate(db: SqlRunner, opts: { postgres: boolean; dir?: string }): Promise<string[]> {
  const applied: string[] = [];
  if (opts.postgres) await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await db.exec(
      'CREATE TABLE IF NOT EXISTS console_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await db.query<{ name: string }>('SELECT name FROM console_migrations')).map((r) => r.name),
    );
    for (const m of listMigrations(opts.dir)) {
      if (done.has(m.name)) continue;
      await db.exec('BEGIN');
      try {
        await db.exec(m.sql);
        await db.query('INSERT INTO console_migrations (name) VALUES ($1)', [m.name]);
        await db.exec('COMMIT');
        applied.push(m.name);
      } catch (err) {
        await db.exec('ROLLBACK');
        throw new Error(`database migration ${m.name} failed: ${(err as Error).message}`);
      }
    }
  } finally {
    if (opts.postgres) await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
  return applied;
}
