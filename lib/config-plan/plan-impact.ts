import 'server-only';
import { and, eq, gte, inArray } from 'drizzle-orm';
import { countImpact, RECENT_TOKEN_WINDOW_MS, type UserImpact } from '@/lib/configs/impact';
import { accountsOn } from '@/lib/configs/impact-data';
import { getDb } from '@/lib/db/client';
import { tokenLedger } from '@/lib/db/schema';
import type { ScalekitClient } from '@/lib/scalekit';
import type { AccountStatus } from '@/lib/scalekit/types';

export interface ImpactRequest {
  configId: string;
  /** Connections the config maps on the target now, and after the plan (null: the plan deletes it). */
  current: string[];
  next: string[] | null;
}

/**
 * User impact of every changed config of a plan at once, with the same counting as the editor's review
 * (`countImpact`). Each connection's accounts are listed once for the whole plan (paged lists of 99), and the
 * recent mints are one database query, so the cost grows with connections and users, never with configs.
 * Instances are not counted here: that would be one call per config.
 */
export async function loadPlanImpacts(
  sk: ScalekitClient,
  items: ImpactRequest[],
  existingConnections: ReadonlySet<string>,
  now = Date.now(),
): Promise<Map<string, UserImpact>> {
  const out = new Map<string, UserImpact>();
  if (!items.length) return out;
  const needed = [...new Set(items.flatMap((i) => [...i.current, ...(i.next ?? [])]))].filter((c) =>
    existingConnections.has(c),
  );
  const { db } = await getDb();
  const [accounts, mints] = await Promise.all([
    Promise.all(needed.map(async (c) => [c, await accountsOn(sk, c)] as const)).then(
      (e) => new Map<string, Map<string, AccountStatus | null>>(e),
    ),
    db
      .select({
        configId: tokenLedger.configId,
        identifier: tokenLedger.identifier,
        at: tokenLedger.at,
        expiresAt: tokenLedger.expiresAt,
      })
      .from(tokenLedger)
      .where(
        and(
          inArray(
            tokenLedger.configId,
            items.map((i) => i.configId),
          ),
          eq(tokenLedger.kind, 'mint'),
          gte(tokenLedger.at, new Date(now - RECENT_TOKEN_WINDOW_MS)),
          gte(tokenLedger.expiresAt, new Date(now)),
        ),
      )
      .limit(50_000),
  ]);
  const mintsOf = new Map<string, typeof mints>();
  for (const m of mints) {
    const list = mintsOf.get(m.configId);
    if (list) list.push(m);
    else mintsOf.set(m.configId, [m]);
  }
  const empty = new Map<string, AccountStatus | null>();
  for (const item of items) {
    const maps = item.current.map((c) => accounts.get(c) ?? empty);
    const identifiers = new Set<string>();
    for (const m of maps) for (const id of m.keys()) identifiers.add(id);
    const users = [...identifiers].map((identifier) => ({
      identifier,
      statuses: maps.map((m) => m.get(identifier) ?? null),
    }));
    const current = new Set(item.current);
    const added = Object.fromEntries(
      (item.next ?? []).filter((c) => !current.has(c)).map((c) => [c, accounts.get(c) ?? empty]),
    );
    const impact = countImpact({
      readiness: { connections: item.current, users },
      added,
      mints: mintsOf.get(item.configId) ?? [],
      now,
    });
    // Deleting the config stops its server for everyone: every ready user stops being ready.
    out.set(item.configId, item.next === null ? { ...impact, wouldStopBeingReady: impact.readyNow } : impact);
  }
  return out;
}
