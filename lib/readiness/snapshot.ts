import 'server-only';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import type { ScalekitClient } from '@/lib/scalekit';
import { collectPages } from '@/lib/scalekit/paging';
import type { AccountStatus } from '@/lib/scalekit/types';
import type { GridSnapshot } from './grid';

/**
 * A config's readiness across users, built from connected-account lists filtered by connection (99 a page),
 * never one call per cell: one refresh costs 1 config read + sum over mapped connections of
 * ceil(accounts / 99) list pages, the connections loaded in parallel. 1,000 users x 5 connections is
 * 1 + 5 x 11 = 56 calls. Everyone viewing the same grid shares the snapshot and any refresh in flight.
 */
const SNAPSHOT_TTL_MS = 30_000;
const MIN_REFRESH_MS = 5_000; // a refresh within 5 s of the last one reuses it: refresh clicks cannot stampede
const MAX_PAGES_PER_CONNECTION = 200; // ~20k accounts: beyond this the grid says it is partial

const snapshots = (sk: ScalekitClient) =>
  sk.scoped('readiness.snapshots', () =>
    createCoalescingCache<GridSnapshot>({ ttlMs: SNAPSHOT_TTL_MS, max: 50 }),
  );

async function build(sk: ScalekitClient, configId: string): Promise<GridSnapshot> {
  const config = await sk.configs.get(configId);
  let calls = 1;
  const connections = config.mappings.map((m) => m.connectionName);
  const perConnection = await Promise.all(
    connections.map(async (connectionName) => {
      const accounts = await collectPages(
        (pageToken) => sk.connectedAccounts.list({ connectionName, pageSize: 99, pageToken }),
        MAX_PAGES_PER_CONNECTION,
        () => calls++,
      );
      return new Map<string, AccountStatus | null>(accounts.map((a) => [a.identifier, a.status]));
    }),
  );
  const identifiers = new Set<string>();
  for (const m of perConnection) for (const id of m.keys()) identifiers.add(id);
  const users = [...identifiers]
    .sort((a, b) => a.localeCompare(b))
    .map((identifier) => ({ identifier, statuses: perConnection.map((m) => m.get(identifier) ?? null) }));
  return {
    configId,
    configName: config.name,
    connections,
    users,
    loadedAt: Date.now(),
    upstreamCalls: calls,
  };
}

export async function loadReadiness(
  sk: ScalekitClient,
  configId: string,
  o: { refresh?: boolean } = {},
): Promise<GridSnapshot> {
  const maxAge = o.refresh ? MIN_REFRESH_MS : SNAPSHOT_TTL_MS;
  return (await snapshots(sk).get(configId, () => build(sk, configId), maxAge)).value;
}

/** An account changed (a webhook): every config's snapshot may show it, and dropping them is cheap. */
export function invalidateReadinessSnapshots(sk: ScalekitClient) {
  snapshots(sk).invalidatePrefix('');
}
