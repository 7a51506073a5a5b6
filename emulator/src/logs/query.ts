/**
 * Filters, paging and the overview over the tool-call log. Every query first narrows to the time range with
 * two binary searches, then scans that slice once: at 100,000 rows a full scan is a few milliseconds, and
 * `total_size` needs the full count anyway.
 */
import { z } from 'zod';
import { invalid } from '../http/errors';
import { parseInput } from '../http/wire';
import { hash32 } from '../store/prng';
import type { StoredLog, ToolCallLogs } from './tool-call-log-store';
import { TOOL_CALL_SOURCES, TOOL_CALL_STATUSES } from './types';

const rfc3339 = (field: string) =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
      `${field} must be an RFC 3339 timestamp such as 2026-11-23T09:00:00Z`,
    )
    .refine((s) => Number.isFinite(Date.parse(s)), `${field} is not a real date`)
    .transform((s) => Date.parse(s))
    .optional();

const oneOf = (field: string, values: readonly string[], upper: boolean) =>
  z
    .array(z.string())
    .transform((xs) => xs.filter(Boolean).map((x) => (upper ? x.toUpperCase() : x.toLowerCase())))
    .refine((xs) => xs.every((x) => values.includes(x)), `${field} must be one of ${values.join(', ')}`);

const short = (field: string) => z.string().max(255, `${field} must be at most 255 characters`).optional();

const filterSchema = z.object({
  start_time: rfc3339('start_time'),
  end_time: rfc3339('end_time'),
  status: oneOf('status', TOOL_CALL_STATUSES, false),
  source: oneOf('source', TOOL_CALL_SOURCES, true),
  provider: z.array(z.string().max(100, 'provider must be at most 100 characters')),
  error_code: z.array(z.string().max(100, 'error_code must be at most 100 characters')),
  connection_id: short('connection_id'),
  connected_account_id: short('connected_account_id'),
  identifier: short('identifier'),
  agent_run_id: short('agent_run_id'),
  connection_name: short('connection_name'),
  tool_name: short('tool_name'),
});

const listSchema = filterSchema.extend({
  page_size: z
    .string()
    .regex(/^\d+$/, 'page_size must be a whole number between 1 and 100')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, 'page_size must be between 1 and 100')
    .optional(),
  page_token: z.string().max(500, 'page_token is not a token this API returned').optional(),
});

export interface LogFilter {
  startMs?: number;
  endMs?: number;
  statuses: Set<string>;
  sources: Set<string>;
  providers: Set<string>;
  errorCodes: Set<string>;
  connectionId?: string;
  connectedAccountId?: string;
  identifier?: string;
  agentRunId?: string;
  connectionName?: string; // lower case, partial match
  toolName?: string;
}

const REPEATED = ['status', 'source', 'provider', 'error_code'] as const;

function rawQuery(query: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = Object.fromEntries(query);
  for (const k of REPEATED) raw[k] = query.getAll(k);
  return raw;
}

function toFilter(q: z.infer<typeof filterSchema>): LogFilter {
  if (q.start_time !== undefined && q.end_time !== undefined && q.end_time <= q.start_time)
    throw invalid('Invalid time window: end_time must be after start_time', [
      { field: 'end_time', description: 'must be after start_time' },
    ]);
  return {
    startMs: q.start_time,
    endMs: q.end_time,
    statuses: new Set(q.status),
    sources: new Set(q.source),
    providers: new Set(q.provider.filter(Boolean).map((p) => p.toLowerCase())),
    errorCodes: new Set(q.error_code.filter(Boolean).map((c) => c.toUpperCase())),
    connectionId: q.connection_id || undefined,
    connectedAccountId: q.connected_account_id || undefined,
    identifier: q.identifier || undefined,
    agentRunId: q.agent_run_id || undefined,
    connectionName: q.connection_name?.toLowerCase() || undefined,
    toolName: q.tool_name || undefined,
  };
}

function matches(r: StoredLog, f: LogFilter): boolean {
  return (
    (f.statuses.size === 0 || f.statuses.has(r.status)) &&
    (f.sources.size === 0 || f.sources.has(r.source)) &&
    (f.providers.size === 0 || f.providers.has(r.provider)) &&
    (f.errorCodes.size === 0 || (r.errorCode !== undefined && f.errorCodes.has(r.errorCode))) &&
    (f.connectionId === undefined || r.connectionId === f.connectionId) &&
    (f.connectedAccountId === undefined || r.connectedAccountId === f.connectedAccountId) &&
    (f.identifier === undefined || r.identifier === f.identifier) &&
    (f.agentRunId === undefined || r.agentRunId === f.agentRunId) &&
    (f.toolName === undefined || r.toolName === f.toolName) &&
    (f.connectionName === undefined || r.connectionName.toLowerCase().includes(f.connectionName))
  );
}

/** A fingerprint of the filters, so a page token cannot be replayed with different ones. */
function fingerprint(f: LogFilter): number {
  return hash32(
    JSON.stringify(f, (_k, v: unknown) => (v instanceof Set ? [...(v as Set<string>)].sort() : v)),
  );
}

interface PageToken {
  o: number; // offset into the matches, newest first
  s: number; // rows inserted after the first page (seq above this) are left out, so pages do not shift
  f: number; // filter fingerprint
}

function decodeToken(token: string, f: LogFilter): PageToken {
  const bad = (why: string) => invalid(`page_token ${why}`, [{ field: 'page_token', description: why }]);
  let t: PageToken;
  try {
    t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as PageToken;
  } catch {
    throw bad('is not a token this API returned');
  }
  if (!t || !Number.isInteger(t.o) || t.o < 0 || !Number.isInteger(t.s) || !Number.isInteger(t.f))
    throw bad('is not a token this API returned');
  if (t.f !== fingerprint(f)) throw bad('was issued for different filters: send the same filters with it');
  return t;
}

const encodeToken = (t: PageToken) => Buffer.from(JSON.stringify(t)).toString('base64url');

/** Newest first. Returns the page plus Scalekit's paging fields. */
export function listLogs(logs: ToolCallLogs, query: URLSearchParams) {
  const q = parseInput(listSchema, rawQuery(query), 'Query');
  const f = toFilter(q);
  const pageSize = q.page_size ?? 20;
  const token = q.page_token ? decodeToken(q.page_token, f) : { o: 0, s: logs.lastSeq, f: fingerprint(f) };
  const { rows, lo, hi } = logs.range(f.startMs, f.endMs);
  const page: StoredLog[] = [];
  let total = 0;
  for (let i = hi - 1; i >= lo; i--) {
    const r = rows[i];
    if (r.seq > token.s || !matches(r, f)) continue;
    if (total >= token.o && page.length < pageSize) page.push(r);
    total++;
  }
  if (token.o > total) throw invalid('page_token points past the end of the results: start again without it');
  const next = token.o + pageSize < total ? encodeToken({ ...token, o: token.o + pageSize }) : '';
  const prev = token.o > 0 ? encodeToken({ ...token, o: Math.max(0, token.o - pageSize) }) : '';
  return { page, next_page_token: next, prev_page_token: prev, total_size: total };
}

// Bucket widths the server picks from (API.md §10), smallest first.
const BUCKETS_S = [300, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400, 259_200, 604_800];
const MAX_BUCKETS = 30;

interface Counts {
  total: number;
  success: number;
  errors: number;
  provider_errors: number;
  platform_errors: number;
}
const zero = (): Counts => ({ total: 0, success: 0, errors: 0, provider_errors: 0, platform_errors: 0 });
function count(c: Counts, r: StoredLog) {
  c.total++;
  if (r.status === 'success') c.success++;
  else {
    c.errors++;
    if (r.status === 'provider_error') c.provider_errors++;
    else c.platform_errors++;
  }
}

/** Totals, top error codes, per-connector breakdown and a time series of at most 30 buckets. */
export function overview(logs: ToolCallLogs, query: URLSearchParams) {
  const q = parseInput(filterSchema, rawQuery(query), 'Query');
  if (q.start_time === undefined || q.end_time === undefined)
    throw invalid('Invalid time window: start_time and end_time are both required', [
      { field: q.start_time === undefined ? 'start_time' : 'end_time', description: 'required' },
    ]);
  const f = toFilter(q);
  const start = f.startMs!;
  const end = f.endMs!;
  let width = 0;
  let first = 0;
  let n = 0;
  for (const s of BUCKETS_S) {
    const w = s * 1000;
    first = Math.floor(start / w) * w;
    n = Math.ceil((end - first) / w);
    if (n <= MAX_BUCKETS) {
      width = w;
      break;
    }
  }
  if (!width)
    throw invalid('Invalid time window: at most 210 days (30 buckets of 7 days)', [
      { field: 'start_time', description: 'window longer than 210 days' },
    ]);

  const totals = zero();
  const buckets = Array.from({ length: n }, zero);
  const codes = new Map<string, number>();
  const connectors = new Map<string, Counts>();
  const { rows, lo, hi } = logs.range(start, end);
  for (let i = lo; i < hi; i++) {
    const r = rows[i];
    if (!matches(r, f)) continue;
    count(totals, r);
    count(buckets[Math.floor((r.startedMs - first) / width)], r);
    let c = connectors.get(r.provider);
    if (!c) connectors.set(r.provider, (c = zero()));
    count(c, r);
    if (r.errorCode) codes.set(r.errorCode, (codes.get(r.errorCode) ?? 0) + 1);
  }
  return {
    ...totals,
    top_error_codes: [...codes]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([error_code, count]) => ({ error_code, count })),
    connector_breakdown: [...connectors]
      .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
      .map(([provider, c]) => ({ provider, ...c })),
    time_series: buckets.map((b, i) => ({
      bucket: new Date(first + i * width).toISOString(),
      bucket_duration_seconds: width / 1000,
      ...b,
    })),
  };
}
