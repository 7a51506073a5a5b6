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
      });
      return;
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}

/**
 * Called whenever a config is loaded: if the server's version is not the last one we know of, someone changed it
 * outside the console (or before the console saw it), and that is recorded once as an external version.
 */
export async function noticeExternalChange(config: McpConfig): Promise<void> {
  const snapshot = snapshotOf(config);
  const { db } = await getDb();
  const latest = await db
    .select({ hash: configVersions.hash, kind: configVersions.kind })
    .from(configVersions)
    .where(eq(configVersions.configId, config.id))
    .orderBy(desc(configVersions.version))
    .limit(1);
  if (latest[0]?.hash === hashSnapshot(snapshot)) return;
  await recordVersion({
    configId: config.id,
    configName: config.name,
    kind: 'external',
    snapshot,
    actor: EXTERNAL_ACTOR,
    note: latest[0] ? 'changed outside the console' : 'first seen by the console',
  });
}
