import 'server-only';
import { inArray, max } from 'drizzle-orm';
import { noticeExternalChange } from '@/lib/configs/history';
import { getDb } from '@/lib/db/client';
import { configVersions } from '@/lib/db/schema';
import type { McpConfig } from '@/lib/scalekit';

/**
 * The version number of each config as promoted, by name: the source's history, with a version made outside
 * the console recorded first, so "promoted from development, version N" names the version that holds exactly
 * what was promoted. Database work only: the configs come from the caller's one list call.
 */
export async function sourceVersions(
  configs: McpConfig[],
  environment: string,
): Promise<Record<string, number>> {
  await Promise.all(configs.map((c) => noticeExternalChange(c, environment)));
  const { db } = await getDb();
  const rows = await db
    .select({ configId: configVersions.configId, version: max(configVersions.version) })
    .from(configVersions)
    .where(
      inArray(
        configVersions.configId,
        configs.map((c) => c.id),
      ),
    )
    .groupBy(configVersions.configId);
  const byId = new Map(rows.map((r) => [r.configId, r.version ?? 1]));
  return Object.fromEntries(configs.map((c) => [c.name, byId.get(c.id) ?? 1]));
}
