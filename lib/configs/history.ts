import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { configVersions, type ConfigVersionRow } from '@/lib/db/schema';
import type { McpConfig } from '@/lib/scalekit';
import { hashSnapshot, snapshotOf } from './normalize';
import type { ConfigDraft } from './schema';

type Kind = ConfigVersionRow['kind'];
const EXTERNAL_ACTOR = { email: 'outside the console', role: 'external' };

export async function listVersions(configId: string): Promise<ConfigVersionRow[]> {
  const { db } = await getDb();
  return db
    .select()
    .from(configVersions)
    .where(eq(configVersions.configId, configId))
    .orderBy(desc(configVersions.version))
    .limit(200);
}

/** The newest version recorded for a config: for one that is gone, its delete (who and when), if ours. */
export async function lastVersion(configId: string): Promise<ConfigVersionRow | undefined> {
  const { db } = await getDb();
  const rows = await db
    .select()
    .from(configVersions)
    .where(eq(configVersions.configId, configId))
    .orderBy(desc(configVersions.version))
    .limit(1);
  return rows[0];
}

export async function getVersion(configId: string, version: number): Promise<ConfigVersionRow | undefined> {
  const { db } = await getDb();
  const rows = await db
    .select()
    .from(configVersions)
    .where(and(eq(configVersions.configId, configId), eq(configVersions.version, version)))
    .limit(1);
  return rows[0];
}

export async function recordVersion(o: {
  configId: string;
  configName: string;
  kind: Kind;
  snapshot: ConfigDraft;
  actor: { email: string; role: string };
  note?: string;
  /** The environment the config lives in (config ids are Scalekit's, unique across environments). */
  environment?: string;
}): Promise<void> {
  const { db } = await getDb();
  // Two writers racing for the same version number: the unique key refuses one; it retries with the next.
  for (let attempt = 0; attempt < 3; attempt++) {
    const latest = await db
      .select({ version: configVersions.version })
      .from(configVersions)
      .where(eq(configVersions.configId, o.configId))
      .orderBy(desc(configVersions.version))
      .limit(1);
    try {
      await db.insert(configVersions).values({
        configId: o.configId,
        configName: o.configName,
        version: (latest[0]?.version ?? 0) + 1,
        kind: o.kind,
        snapshot: o.snapshot,
        hash: hashSnapshot(o.snapshot),
        actorEmail: o.actor.email,
        actorRole: o.actor.role,
        note: o.note ?? '',
        environment: o.environment ?? null,
      });
      return;
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}

/**
 * Called whenever the console reads a config it may act on (the page loader, a save, a refused save, before a
 * rollback): if the server's version is not the last one recorded, someone changed it outside the console (or
 * before the console saw it), and that is recorded as an external version, so the next version is attributed to
 * whoever really made it. Idempotent: two viewers loading at once record it once, because an insert that loses
 * the race for the version number re-reads and finds the version already recorded.
 */
export async function noticeExternalChange(
  config: McpConfig,
  environment?: string,
): Promise<'recorded' | 'unchanged'> {
  const snapshot = snapshotOf(config);
  const hash = hashSnapshot(snapshot);
  const { db } = await getDb();
  for (let attempt = 0; ; attempt++) {
    const latest = await db
      .select({ hash: configVersions.hash, version: configVersions.version })
      .from(configVersions)
      .where(eq(configVersions.configId, config.id))
      .orderBy(desc(configVersions.version))
      .limit(1);
    if (latest[0]?.hash === hash) return 'unchanged';
    try {
      await db.insert(configVersions).values({
        configId: config.id,
        configName: config.name,
        version: (latest[0]?.version ?? 0) + 1,
        kind: 'external',
        snapshot,
        hash,
        actorEmail: EXTERNAL_ACTOR.email,
        actorRole: EXTERNAL_ACTOR.role,
        note: latest[0] ? 'changed outside the console' : 'first seen by the console',
        environment: environment ?? null,
      });
      return 'recorded';
    } catch (err) {
      if (attempt === 2) throw err; // the unique (config, version) key refused us: someone else recorded first
    }
  }
}
