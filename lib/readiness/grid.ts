/**
 * The readiness grid's pure half: filters, counts, paging and CSV over a snapshot of identifiers x
 * connections. Shared by the grid route, the CSV export and bulk connect links (and tested directly).
 */
import type { AccountStatus } from '@/lib/scalekit/types';
import { isBroken, isPending, isReady } from './is-ready';

export interface GridSnapshot {
  configId: string;
  configName: string;
  connections: string[];
  users: { identifier: string; statuses: (AccountStatus | null)[] }[]; // statuses align with connections
  loadedAt: number;
  upstreamCalls: number;
}

export const GRID_PAGE_SIZE = 50;

export const GRID_FILTERS = ['all', 'not-ready', 'ready', 'expired', 'pending'] as const;
export type GridFilter = (typeof GRID_FILTERS)[number];
export const GRID_FILTER_LABELS: Record<GridFilter, string> = {
  all: 'All',
  'not-ready': 'Not ready',
  ready: 'Ready',
  expired: 'Expired or disconnected',
  pending: 'Pending or not connected',
};

const matches: Record<GridFilter, (s: (AccountStatus | null)[]) => boolean> = {
  all: () => true,
  'not-ready': (s) => !isReady(s),
  ready: isReady,
  expired: (s) => s.some(isBroken),
  pending: (s) => s.some(isPending),
};

export type StatusKey = AccountStatus | 'NOT_CONNECTED';

export function filterUsers(snap: GridSnapshot, filter: GridFilter, q = '') {
  const needle = q.trim().toLowerCase();
  return snap.users.filter(
    (u) => matches[filter](u.statuses) && (!needle || u.identifier.toLowerCase().includes(needle)),
  );
}

export function queryGrid(
  snap: GridSnapshot,
  o: { filter: GridFilter; q?: string; page: number; pageSize: number },
) {
  const filtered = filterUsers(snap, o.filter, o.q);
  // The tabs count what the search matches, filter by filter: a tab's number is the rows it would show.
  const searched = o.q?.trim() ? filterUsers(snap, 'all', o.q) : snap.users;
  const tabs = Object.fromEntries(
    GRID_FILTERS.map((f) => [f, searched.filter((u) => matches[f](u.statuses)).length]),
  ) as Record<GridFilter, number>;
  const pages = Math.max(1, Math.ceil(filtered.length / o.pageSize));
  const page = Math.min(Math.max(1, o.page), pages);
  // The per-connection counts describe the whole config (not the search or filter): a stable overview.
  const perConnection = snap.connections.map(() => ({}) as Partial<Record<StatusKey, number>>);
  let ready = 0;
  for (const u of snap.users) {
    if (isReady(u.statuses)) ready++;
    u.statuses.forEach((s, i) => {
      const key: StatusKey = s ?? 'NOT_CONNECTED';
      perConnection[i]![key] = (perConnection[i]![key] ?? 0) + 1;
    });
  }
  return {
    configId: snap.configId,
    configName: snap.configName,
    connections: snap.connections,
    rows: filtered.slice((page - 1) * o.pageSize, page * o.pageSize),
    matched: filtered.length,
    tabs,
    page,
    pages,
    counts: { users: snap.users.length, ready, notReady: snap.users.length - ready, perConnection },
    loadedAt: new Date(snap.loadedAt).toISOString(),
    upstreamCalls: snap.upstreamCalls,
  };
}
export type GridPage = ReturnType<typeof queryGrid>;

/** One CSV cell; cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const toCsv = (rows: string[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function gridCsv(snap: GridSnapshot, filter: GridFilter, q = ''): string {
  return toCsv([
    ['identifier', ...snap.connections, 'ready'],
    ...filterUsers(snap, filter, q).map((u) => [
      u.identifier,
      ...u.statuses.map((s) => s ?? 'NOT_CONNECTED'),
      isReady(u.statuses) ? 'yes' : 'no',
    ]),
  ]);
}

/** The grid's view as its URL states it, read the same way by the page (to prefetch) and the browser. */
export interface GridView {
  configId: string;
  filter: GridFilter;
  q: string;
  page: number;
}

export function gridViewOf(
  get: (name: string) => string | null | undefined,
  defaultConfigId: string,
): GridView {
  const filter = get('filter') ?? '';
  return {
    configId: get('config') || defaultConfigId,
    filter: (GRID_FILTERS as readonly string[]).includes(filter) ? (filter as GridFilter) : 'all',
    q: (get('q') ?? '').trim().slice(0, 200),
    page: Math.max(1, Math.floor(Number(get('page'))) || 1),
  };
}
