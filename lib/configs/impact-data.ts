import 'server-only';
import { and, eq, gte } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { tokenLedger } from '@/lib/db/schema';
import type { ScalekitClient } from '@/lib/scalekit';
import { collectPages } from '@/lib/scalekit/paging';
import type { AccountStatus } from '@/lib/scalekit/types';
import { loadReadiness } from '@/lib/readiness/snapshot';
import { countImpact, RECENT_TOKEN_WINDOW_MS, type UserImpact } from './impact';

const MAX_PAGES_PER_CONNECTION = 200; // the same bound as the readiness grid (~20k accounts)

/** Every account on one connection, from paged lists (99 a page): never one call per user. */
export async function accountsOn(
  sk: ScalekitClient,
  connectionName: string,
): Promise<Map<string, AccountStatus | null>> {
  const accounts = await collectPages(
    (pageToken) => sk.connectedAccounts.list({ connectionName, pageSize: 99, pageToken }),
    MAX_PAGES_PER_CONNECTION,
  );
  return new Map(accounts.map((a) => [a.identifier, a.status]));
}

/**
 * Who a change to a config affects: the shared readiness snapshot of the config, the account lists of the
 * connections the change adds (loaded in parallel), and the config's recent mints in the token ledger.
 */
export async function loadImpact(
  sk: ScalekitClient,
  configId: string,
  nextConnections: string[],
): Promise<UserImpact> {
  const readiness = await loadReadiness(sk, configId);
  const current = new Set(readiness.connections);
  const adding = [...new Set(nextConnections)].filter((c) => !current.has(c));
  const now = Date.now();
  const { db } = await getDb();
  const [added, mints, instances] = await Promise.all([
    Promise.all(adding.map(async (c) => [c, await accountsOn(sk, c)] as const)).then((e) =>
      Object.fromEntries(e),
    ),
    db
      .select({ identifier: tokenLedger.identifier, at: tokenLedger.at, expiresAt: tokenLedger.expiresAt })
      .from(tokenLedger)
      .where(
        and(
          eq(tokenLedger.configId, configId),
          eq(tokenLedger.kind, 'mint'),
          gte(tokenLedger.at, new Date(now - RECENT_TOKEN_WINDOW_MS)),
          gte(tokenLedger.expiresAt, new Date(now)),
        ),
      )
      .limit(10_000),
    // One list call for the count; an environment without instances (or a failure) just leaves it out.
    sk.instances
      .list({ filter: { configName: readiness.configName }, pageSize: 1 })
      .then((p) => p.totalSize)
      .catch(() => undefined),
  ]);
  return { ...countImpact({ readiness, added, mints, now }), instances };
}
