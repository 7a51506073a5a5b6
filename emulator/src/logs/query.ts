/**
 * Filters, paging and the overview over the tool-call log. Every query first narrows to the time range with
 * two binary searches, then scans that slice once: at 100,000 rows a full scan is a few milliseconds, and
 * `total_size` needs the full count anyway.
 */
import { z } from 'zod';
import { invalid } from '../http/errors';
import { parseInput } from '../http/wire';
import { hash32 } from '../store/prng';
import type { StringColumn } from './columns';
import type { ToolCallLogs } from './tool-call-log-store';
import { TOOL_CALL_SOURCES, TOOL_CALL_STATUSES, type ToolCallLog } from './types';

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

/** The filter as a predicate over row positions, reading only the columnar index. */
function compile(logs: ToolCallLogs, f: LogFilter, maxSeq: number): (i: number) => boolean {
  const { seq, status, source, strings, dict } = logs.columns;
  const mask = (wanted: Set<string>, values: readonly string[]) =>
    wanted.size ? values.map((v) => wanted.has(v)) : undefined;
  const ids = (wanted: Set<string>, col: StringColumn) =>
    wanted.size ? new Set([...wanted].map((v) => dict[col].find(v))) : undefined;
  const exact = (v: string | undefined, col: StringColumn) =>
    v === undefined ? undefined : dict[col].find(v);
  const statusMask = mask(f.statuses, TOOL_CALL_STATUSES);
  const sourceMask = mask(f.sources, TOOL_CALL_SOURCES);
  const providers = ids(f.providers, 'provider');
  const codes = ids(f.errorCodes, 'errorCode');
  const names = f.connectionName
    ? new Set(
        dict.connectionName.values.flatMap((v, id) =>
          id > 0 && v.toLowerCase().includes(f.connectionName!) ? [id] : [],
        ),
      )
    : undefined;
  const checks: [Uint32Array, number][] = [];
  const add = (v: string | undefined, col: StringColumn) => {
    const id = exact(v, col);
    if (id !== undefined) checks.push([strings[col], id]);
  };
  add(f.connectionId, 'connectionId');
  add(f.connectedAccountId, 'connectedAccountId');
  add(f.identifier, 'identifier');
  add(f.agentRunId, 'agentRunId');
  add(f.toolName, 'toolName');
  const provider = strings.provider;
  const code = strings.errorCode;
  const connectionName = strings.connectionName;
  return (i) => {
    if (seq[i] > maxSeq) return false;
    if (statusMask && !statusMask[status[i]]) return false;
    if (sourceMask && !sourceMask[source[i]]) return false;
    if (providers && !providers.has(provider[i])) return false;
    if (codes && !codes.has(code[i])) return false;
    if (names && !names.has(connectionName[i])) return false;
    for (const [col, id] of checks) if (col[i] !== id) return false;
    return true;
  };
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
  const { lo, hi } = logs.range(f.startMs, f.endMs);
  const matches = compile(logs, f, token.s);
  const page: ToolCallLog[] = [];
  let total = 0;
  for (let i = hi - 1; i >= lo; i--) {
    if (!matches(i)) continue;
    if (total >= token.o && page.length < pageSize) page.push(logs.row(i));
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
const SUCCESS = TOOL_CALL_STATUSES.indexOf('success');
const PROVIDER_ERROR = TOOL_CALL_STATUSES.indexOf('provider_error');
function count(c: Counts, status: number) {
  c.total++;
  if (status === SUCCESS) c.success++;
  else {
    c.errors++;
    if (status === PROVIDER_ERROR) c.provider_errors++;
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
  // Counted by interned id; names are looked up once at the end.
  const codeCounts = new Map<number, number>();
  const connectorCounts = new Map<number, Counts>();
  const { lo, hi } = logs.range(start, end);
  const matches = compile(logs, f, logs.lastSeq);
  const { startedMs, status, strings, dict } = logs.columns;
  for (let i = lo; i < hi; i++) {
    if (!matches(i)) continue;
    const s = status[i];
    count(totals, s);
    count(buckets[Math.floor((startedMs[i] - first) / width)], s);
    const p = strings.provider[i];
    let c = connectorCounts.get(p);
    if (!c) connectorCounts.set(p, (c = zero()));
    count(c, s);
    const code = strings.errorCode[i];
    if (code) codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
  }
  const codes = [...codeCounts].map(([id, n]) => [dict.errorCode.values[id], n] as const);
  const connectors = [...connectorCounts].map(([id, c]) => [dict.provider.values[id], c] as const);
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
