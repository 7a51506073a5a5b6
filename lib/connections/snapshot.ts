import 'server-only';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import type { ScalekitClient } from '@/lib/scalekit';
import { collectPages } from '@/lib/scalekit/paging';
import type { ConnectionsSnapshot } from './overview';

/**
 * Every connection with its configs and accounts, from list calls only, never one call per user: one refresh
 * costs ceil(connections / 100) + ceil(configs / 30) + sum over connections of ceil(accounts / 99) calls, the
 * connections' account lists loaded at most CONCURRENCY at a time. Everyone viewing the Connections pages
 * shares the snapshot (30 s) and any refresh in flight.
 */
const SNAPSHOT_TTL_MS = 30_000;
const MAX_PAGES_PER_CONNECTION = 200; // ~20k accounts: beyond this the page says the counts are partial
const CONCURRENCY = 4;
const TOOL_COUNT_TTL_MS = 5 * 60_000; // the catalog rarely changes

const snapshots = (sk: ScalekitClient) =>
  sk.scoped('connections.snapshot', () =>
    createCoalescingCache<ConnectionsSnapshot>({ ttlMs: SNAPSHOT_TTL_MS, max: 1 }),
  );
const toolCounts = (sk: ScalekitClient) =>
  sk.scoped('connections.toolCounts', () =>
    createCoalescingCache<Record<string, number | null>>({ ttlMs: TOOL_COUNT_TTL_MS, max: 1 }),
  );

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order. */
async function mapBounded<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function build(sk: ScalekitClient): Promise<ConnectionsSnapshot> {
  let calls = 0;
  const count = () => calls++;
  const [connections, configs] = await Promise.all([
    collectPages((pageToken) => sk.connections.list({ pageSize: 100, pageToken }), 50, count),
    collectPages((pageToken) => sk.configs.list({ pageSize: 30, pageToken }), 100, count),
  ]);
  const partial: string[] = [];
  const lists = await mapBounded(connections, CONCURRENCY, async (c) => {
    let pages = 0;
    const accounts = await collectPages(
      (pageToken) => sk.connectedAccounts.list({ connectionName: c.name, pageSize: 99, pageToken }),
      MAX_PAGES_PER_CONNECTION,
      () => (count(), pages++),
    );
    if (pages >= MAX_PAGES_PER_CONNECTION) partial.push(c.name);
    return accounts
      .map((a) => ({ identifier: a.identifier, status: a.status ?? ('UNKNOWN' as const) }))
      .sort((a, b) => a.identifier.localeCompare(b.identifier));
  });
  return {
    connections,
    configs: configs.map((c) => ({
      id: c.id,
      name: c.name,
      connections: c.mappings.map((m) => m.connectionName),
    })),
    accounts: Object.fromEntries(connections.map((c, i) => [c.name, lists[i]!])),
    partial,
    loadedAt: Date.now(),
    upstreamCalls: calls,
  };
}

export async function loadConnections(sk: ScalekitClient): Promise<ConnectionsSnapshot> {
  return (await snapshots(sk).get('all', () => build(sk))).value;
}

/**
 * Tools in the catalog per connection: one summary call with page_size 1 each (the API's total_size is the
 * count), so no tool definitions travel; cached 5 minutes. A connection whose count cannot be read shows "—".
 */
export async function loadToolCounts(
  sk: ScalekitClient,
  names: string[],
): Promise<Record<string, number | null>> {
  const key = [...names].sort().join(',');
  const load = async () => {
    const counts = await mapBounded(names, CONCURRENCY, async (name) => {
      try {
        const page = await sk.tools.list({ connector: name, summary: true, pageSize: 1 });
        return page.totalSize || (page.toolNames.length ? null : 0);
      } catch {
        return null;
      }
    });
    return Object.fromEntries(names.map((n, i) => [n, counts[i]!]));
  };
  return (await toolCounts(sk).get(key, load)).value;
}
