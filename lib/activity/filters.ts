import { z } from 'zod';
import { connectionNameField, identifierField } from '@/lib/wire/fields';
import { TOOL_CALL_SOURCES, type ActivityFilters, type ToolCallStatus } from '@/lib/scalekit/activity-types';

/**
 * The activity log's URL filters: one schema for the page, the user panel's links and the overview's "see these
 * calls" link. Browser-safe (imports nothing server-only). A preset range (`range`) is resolved against `now` on
 * the server; `from`/`to` pin an exact window, which is how the overview links to the very calls it counted.
 */
export const RANGES = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 } as const;
export type RangeKey = keyof typeof RANGES;
/** Upstream keeps a bounded history; a longer window is a typo, not a query. */
export const MAX_WINDOW_MS = 31 * 86_400_000;
export const OUTCOMES = ['all', 'failed', 'success', 'provider_error', 'platform_error'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const DEFAULT_PAGE_SIZE = 25;

const OUTCOME_STATUSES: Record<Outcome, ToolCallStatus[] | undefined> = {
  all: undefined,
  failed: ['provider_error', 'platform_error'],
  success: ['success'],
  provider_error: ['provider_error'],
  platform_error: ['platform_error'],
};

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());
const instant = (label: string) =>
  optional(
    z.iso
      .datetime({ offset: true, message: `${label} must be a date and time like 2026-11-23T09:10:00Z` })
      .transform((s) => new Date(s)),
  );
const idLike = (label: string) =>
  z
    .string()
    .trim()
    .max(255, `${label} is at most 255 characters`)
    .regex(/^[\w.:@+-]+$/, `${label} has only letters, digits and . : @ + - _`);

export const activityQuerySchema = z
  .object({
    range: optional(
      z.enum(Object.keys(RANGES) as [RangeKey, ...RangeKey[]], {
        message: 'Range must be one of 1h, 24h or 7d',
      }),
    ),
    from: instant('From'),
    to: instant('To'),
    outcome: optional(z.enum(OUTCOMES, { message: `Outcome must be one of ${OUTCOMES.join(', ')}` })),
    connection: optional(z.string().trim().pipe(connectionNameField)),
    provider: optional(
      z
        .string()
        .trim()
        .toLowerCase()
        .max(64, 'A provider is at most 64 characters')
        .regex(/^[a-z0-9_-]+$/, 'A provider is a connector slug such as gmail'),
    ),
    user: optional(identifierField),
    run: optional(idLike('An agent run id')),
    source: optional(
      z
        .string()
        .trim()
        .toUpperCase()
        .pipe(
          z.enum(TOOL_CALL_SOURCES, { message: `Source must be one of ${TOOL_CALL_SOURCES.join(', ')}` }),
        ),
    ),
    size: optional(
      z.coerce
        .number({ message: 'Page size must be a number' })
        .int('Page size must be a whole number')
        .min(1, 'Page size is at least 1')
        .max(100, 'Page size is at most 100'),
    ),
    page: optional(
      z
        .string()
        .max(1024, 'That page link is damaged; go back to the first page')
        .regex(/^[\w.=~-]+$/, 'That page link is damaged; go back to the first page'),
    ),
  })
  // Zod runs this even when a field failed (then it holds the raw string): compare dates only when both are.
  .superRefine((q, c) => {
    if (q.range && (q.from || q.to))
      c.addIssue({ code: 'custom', path: ['range'], message: 'Choose a range or from/to, not both' });
    if (!(q.from instanceof Date) || !(q.to instanceof Date)) return;
    if (q.from >= q.to) c.addIssue({ code: 'custom', path: ['to'], message: 'To must be after From' });
    if (q.to.getTime() - q.from.getTime() > MAX_WINDOW_MS)
      c.addIssue({ code: 'custom', path: ['from'], message: 'The time window is at most 31 days' });
  });

export type ActivityQuery = z.infer<typeof activityQuerySchema>;

export interface ResolvedActivityQuery {
  filters: ActivityFilters & { startTime: string; endTime: string };
  pageSize: number;
  pageToken?: string;
  query: ActivityQuery;
}

export type ParsedActivityQuery =
  { ok: true; value: ResolvedActivityQuery } | { ok: false; messages: string[] };

/** Last value of a repeated parameter: a hand-edited URL with `?user=a&user=b` is not a crash. */
function flatten(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]));
}

/** URL search params to upstream filters over a concrete window (default: the last 24 hours up to `now`). */
export function parseActivityQuery(
  raw: Record<string, string | string[] | undefined>,
  now: number = Date.now(),
): ParsedActivityQuery {
  const parsed = activityQuerySchema.safeParse(flatten(raw));
  if (!parsed.success) return { ok: false, messages: parsed.error.issues.map((i) => i.message) };
  const q = parsed.data;
  const end = q.to ?? (q.from ? new Date(Math.min(now, q.from.getTime() + MAX_WINDOW_MS)) : new Date(now));
  const start = q.from ?? new Date(end.getTime() - RANGES[q.range ?? '24h']);
  if (q.from && !q.to && start.getTime() >= end.getTime())
    return { ok: false, messages: ['From must be in the past'] };
  if (!q.from && q.to && end.getTime() - start.getTime() > MAX_WINDOW_MS)
    return { ok: false, messages: ['The time window is at most 31 days'] };
  return {
    ok: true,
    value: {
      query: q,
      pageSize: q.size ?? DEFAULT_PAGE_SIZE,
      pageToken: q.page,
      filters: {
        startTime: start.toISOString(),
        endTime: end.toISOString(),
        statuses: OUTCOME_STATUSES[q.outcome ?? 'all'],
        connectionName: q.connection,
        providers: q.provider ? [q.provider] : undefined,
        identifier: q.user,
        agentRunId: q.run,
        sources: q.source ? [q.source] : undefined,
      },
    },
  };
}

/** A link into the log (the user panel, the overview, a row's user/connection). */
export function activityHref(params: Record<string, string | undefined>): string {
  const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const s = qs.toString();
  return s ? `/activity?${s}` : '/activity';
}

/** A path segment naming one execution or one agent run (upstream allows up to 255 characters). */
export const executionIdField = idLike('An execution id').min(1, 'The execution id is missing');
export const agentRunIdField = idLike('An agent run id').min(1, 'The agent run id is missing');
