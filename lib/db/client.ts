/**
 * The console's own database: embedded PGlite under DATA_DIR by default, PostgreSQL when DATABASE_URL is set
 * (so several console instances can share one). Migrations run once per process, before first use.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { migrate, type SqlRunner } from './migrate';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  raw: SqlRunner;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function createDb(opts: {
  databaseUrl?: string;
  dataDir?: string;
  memory?: boolean;
}): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10 });
    const client = await pool.connect();
    const raw: SqlRunner = {
      exec: async (sql) => void (await client.query(sql)),
      query: async (sql, params) => (await client.query(sql, params)).rows,
    };
    try {
      await migrate(raw, { postgres: true });
    } finally {
      client.release();
    }
    const poolRunner: SqlRunner = {
      exec: async (sql) => void (await pool.query(sql)),
      query: async (sql, params) => (await pool.query(sql, params)).rows,
    };
    return {
      db: drizzle(pool, { schema }) as unknown as Db,
      raw: poolRunner,
      kind: 'postgres',
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = path.resolve(/*turbopackIgnore: true*/ opts.dataDir ?? '.data', 'console-db');
  if (!opts.memory) mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders
  const pg = opts.memory ? new PGlite() : new PGlite(dir);
  const raw: SqlRunner = {
    exec: async (sql) => void (await pg.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows,
  };
  await migrate(raw, { postgres: false });
  return { db: drizzle(pg, { schema }) as unknown as Db, raw, kind: 'pglite', close: () => pg.close() };
}

// One handle per process (and across dev reloads): PGlite is a single-connection embedded database.
const g = globalThis as unknown as { __consoleDb?: Promise<DbHandle> };

export function getDb(): Promise<DbHandle> {
  if (!g.__consoleDb) {
    // Assigned synchronously, before anything is awaited: callers that arrive together share one open.
    const opening = import('@/lib/env').then(({ getServerEnv }) => {
      const env = getServerEnv().db;
      return createDb({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
    });
    opening.catch(() => g.__consoleDb === opening && (g.__consoleDb = undefined)); // the next request retries
    g.__consoleDb = opening;
  }
  return g.__consoleDb;
}
