/**
 * The connections overview's pure half: rows, per-status counts, one connection's users (filter, paging) and
 * CSV, all from one snapshot of list calls. Browser-safe types; tested directly.
 */
import { connectorLabel } from '@/lib/connectors/display-name';
import { toCsv } from '@/lib/readiness/grid';
import { ACCOUNT_STATUSES, type AccountStatus, type Connection } from '@/lib/scalekit/types';

export interface ConnectionsSnapshot {
  connections: Connection[];
  configs: { id: string; name: string; connections: string[] }[];
  /** Per connection name: its accounts, sorted by identifier. */
  accounts: Record<string, { identifier: string; status: AccountKey }[]>;
  /** Connections whose account list stopped at the page bound: their counts are a lower bound. */
  partial: string[];
  loadedAt: number;
  upstreamCalls: number;
}

/** A status this console does not know yet is kept and counted as UNKNOWN, never dropped. */
export type AccountKey = AccountStatus | 'UNKNOWN';
export const ACCOUNT_KEYS: AccountKey[] = [...ACCOUNT_STATUSES, 'UNKNOWN'];
export type StatusCounts = Partial<Record<AccountKey, number>>;

export interface ConnectionRow {
  name: string;
  label: string;
  provider: string;
  type: string;
  status: string;
  enabled: boolean;
  tools: number | null;
  configs: { id: string; name: string }[];
  accounts: number;
  counts: StatusCounts;
  partial: boolean;
}

export const USERS_PAGE_SIZE = 50;
export const STATUS_FILTERS = ['all', ...ACCOUNT_STATUSES, 'UNKNOWN'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: 'All',
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  PENDING_AUTH: 'Pending auth',
  PENDING_VERIFICATION: 'Pending verification',
  DISCONNECTED: 'Disconnected',
  UNKNOWN: 'Unknown',
};

export function countStatuses(accounts: { status: AccountKey }[]): StatusCounts {
  const counts: StatusCounts = {};
  for (const a of accounts) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

/** The connector's label; a connection not named after its connector keeps its name beside it (two Gmails). */
function labelOf(c: Connection) {
  const label = connectorLabel(c.provider || c.name);
  return !c.provider || c.name.toLowerCase() === c.provider.toLowerCase() ? label : `${label} (${c.name})`;
}

function configsUsing(snap: ConnectionsSnapshot, name: string) {
  return snap.configs.filter((c) => c.connections.includes(name)).map(({ id, name }) => ({ id, name }));
}

function toRow(
  snap: ConnectionsSnapshot,
  c: Connection,
  tools: Record<string, number | null>,
): ConnectionRow {
  const accounts = snap.accounts[c.name] ?? [];
  return {
    name: c.name,
    label: labelOf(c),
    provider: c.provider,
    type: c.type,
    status: c.status,
    enabled: c.enabled,
    tools: tools[c.name] ?? null,
    configs: configsUsing(snap, c.name),
    accounts: accounts.length,
    counts: countStatuses(accounts),
    partial: snap.partial.includes(c.name),
  };
}

/** One row per connection, by label; totals across the environment. */
export function connectionRows(snap: ConnectionsSnapshot, tools: Record<string, number | null> = {}) {
  const rows = snap.connections
    .map((c) => toRow(snap, c, tools))
    .sort((a, b) => a.label.localeCompare(b.label) || a.name.localeCompare(b.name));
  const totals: StatusCounts = {};
  for (const r of rows)
    for (const s of ACCOUNT_KEYS) if (r.counts[s]) totals[s] = (totals[s] ?? 0) + r.counts[s]!;
  return { rows, totals, loadedAt: new Date(snap.loadedAt).toISOString(), upstreamCalls: snap.upstreamCalls };
}

export function findConnectionRow(snap: ConnectionsSnapshot, name: string) {
  const c = snap.connections.find((x) => x.name === name);
  return c ? toRow(snap, c, {}) : null;
}

function filterAccounts(snap: ConnectionsSnapshot, name: string, status: StatusFilter, q = '') {
  const needle = q.trim().toLowerCase();
  return (snap.accounts[name] ?? []).filter(
    (a) =>
      (status === 'all' || a.status === status) && (!needle || a.identifier.toLowerCase().includes(needle)),
  );
}

/** One page of a connection's users; the counts describe the whole connection, not the filter. */
export function connectionUsers(
  snap: ConnectionsSnapshot,
  name: string,
  o: { status: StatusFilter; q?: string; page: number; pageSize: number },
) {
  const filtered = filterAccounts(snap, name, o.status, o.q);
  const pages = Math.max(1, Math.ceil(filtered.length / o.pageSize));
  const page = Math.min(Math.max(1, o.page), pages);
  const all = snap.accounts[name] ?? [];
  return {
    connection: name,
    rows: filtered.slice((page - 1) * o.pageSize, page * o.pageSize),
    matched: filtered.length,
    page,
    pages,
    total: all.length,
    counts: countStatuses(all),
    partial: snap.partial.includes(name),
    loadedAt: new Date(snap.loadedAt).toISOString(),
  };
}
export type ConnectionUsersPage = ReturnType<typeof connectionUsers>;

export function connectionUsersCsv(snap: ConnectionsSnapshot, name: string, status: StatusFilter, q = '') {
  return toCsv([
    ['identifier', 'connection', 'status'],
    ...filterAccounts(snap, name, status, q).map((a) => [a.identifier, name, a.status]),
  ]);
}

/** A connection's users view as its URL states it, read the same way by the page (to prefetch) and the browser. */
export interface UsersView {
  status: StatusFilter;
  q: string;
  page: number;
}

export function usersViewOf(get: (name: string) => string | null | undefined): UsersView {
  const status = get('status') ?? '';
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : 'all',
    q: (get('q') ?? '').trim().slice(0, 200),
    page: Math.max(1, Math.floor(Number(get('page'))) || 1),
  };
}
