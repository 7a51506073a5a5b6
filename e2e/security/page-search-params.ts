/**
 * The search params each page reads, as zod schemas: the page's own schema where it has one (the activity log,
 * the audit log, the token ledger), else a schema of the keys it reads. A page missing here is still fuzzed:
 * `searchKeysOf` reads the keys a page's source uses (`sp.x`, `raw.x`, `{ q, page } = singleValues(...)`,
 * `params.get('x')`) and they get hostile values. Plain Node imports only (Playwright loads this).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { activityQuerySchema, RANGES } from '../../lib/activity/filters';
import { auditFiltersSchema } from '../../lib/audit/filters';
import { compareDiffSearchSchema, compareSearchSchema } from '../../lib/compare/page-params';
import { ledgerFiltersSchema } from '../../lib/tokens/ledger-filters';

const text = z.string().max(200);
const pageNumber = z.coerce.number().int().min(1);

export const PAGE_SEARCH_PARAMS: Record<string, z.ZodType> = {
  '/[env]': z.object({ activity: z.enum(Object.keys(RANGES) as [string, ...string[]]) }).partial(),
  '/[env]/activity': activityQuerySchema,
  '/audit': auditFiltersSchema,
  '/access': z.object({ page: pageNumber }).partial(),
  '/[env]/tokens': ledgerFiltersSchema,
  '/[env]/configs': z.object({ q: text, page: text }).partial(),
  '/[env]/configs/[id]/history': z.object({ a: z.number().int(), b: z.number().int() }).partial(),
  '/[env]/users': z.object({ q: text, page: pageNumber }).partial(),
  '/compare': compareSearchSchema,
  '/compare/configs/[config]': compareDiffSearchSchema,
  '/[env]/users/readiness': z
    .object({
      config: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
      filter: z.enum(['all', 'not-ready', 'ready', 'expired', 'pending']),
      q: text,
      page: pageNumber,
    })
    .partial(),
  '/[env]/connections/[name]': z
    .object({ status: z.enum(['all', 'ACTIVE', 'EXPIRED', 'PENDING_AUTH']), q: text, page: pageNumber })
    .partial(),
  '/[env]/configs/promote': z
    .object({ configs: text, to: z.enum(['production', 'development', 'staging']) })
    .partial(),
  '/sign-in': z.object({ callbackUrl: z.string(), error: z.string(), code: z.string() }).partial(),
  '/connect/[token]': z
    .object({
      connected: z.literal('1'),
      denied: z.literal('1'),
      error: z.enum(['other-browser', 'provider-error', 'verify-failed', 'missing-request']),
    })
    .partial(),
};

/** Keys a page's source reads from its search params, for pages not in the table above. */
export function searchKeysOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const keys = new Set<string>();
  for (const m of src.matchAll(/\b(?:sp|raw|params|values|query)\.(\w+)/g)) keys.add(m[1]!);
  for (const m of src.matchAll(/\bget\('(\w+)'\)/g)) keys.add(m[1]!);
  for (const m of src.matchAll(/const \{([^}]+)\} = singleValues/g)) {
    for (const k of m[1]!.split(',')) keys.add(k.split(/[=:]/)[0]!.trim());
  }
  keys.delete('');
  return [...keys];
}
