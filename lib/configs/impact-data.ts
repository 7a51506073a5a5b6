import 'server-only';
import { and, eq, gte } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { tokenLedger } from '@/lib/db/schema';
import { getScalekit } from '@/lib/scalekit';
import type { AccountStatus } from '@/lib/scalekit/types';
import { loadReadiness } from '@/lib/users/readiness';
import { countImpact, RECENT_TOKEN_WINDOW_MS, type UserImpact } from './impact';

const MAX_PAGES_PER_CONNECTION = 200; // the same bound as the readiness grid (~20k accounts)

/** Every account on one connection, from paged lists (99 a page): never one call per user. */
async function accountsOn(connectionName: string): Promise<Map<string, AccountStatus | null>> {
  const sk = getScalekit();
  const out = new Map<string, AccountStatus | null>();
  let pageToken: string | undefined;
  for (let i = 0; i < MAX_PAGES_PER_CONNECTION; i++) {
    const page = await sk.connectedAccounts.list({ connectionName, pageSize: 99, pageToken });
    for (const a of page.items) out.set(a.identifier, a.status);
    if (!page.nextPageToken) break;
    pageToken = page.nextPageToken;
  }
  return out;
}

/**
 * Who a change to a config affects: the shared readiness snapshot of the config, the account lists of the
 * connections the change adds (loaded in parallel), and the config's recent mints in the token ledger.
 */
export async function loadImpact(configId: string, nextConnections: string[]): Promise<UserImpact> {
  const readiness = await loadReadiness(configId);
  const current = new Set(readiness.connections);
  const adding = [...new Set(nextConnections)].filter((c) => !current.has(c));
  const now = Date.now();
  const { db } = await getDb();
  const [added, mints] = await Promise.all([
    Promise.all(adding.map(async (c) => [c, await accountsOn(c)] as const)).then((e) =>
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
  ]);
  return countImpact({ readiness, added, mints, now });
}
