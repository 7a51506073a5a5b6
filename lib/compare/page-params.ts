/**
 * What the comparison pages accept in their address: the matrix's tab, baseline, search and page, and the diff
 * page's config name and pair of environments. Browser-safe (zod only); the pages and the e2e sweeps read them.
 */
import { z } from 'zod';
import { MAX_NAME, NAME_PATTERN } from '@/lib/configs/draft-rules';
import { ENVIRONMENT_NAME_PATTERN } from '@/lib/environment-names';

/** Rows a page of the matrix shows: 200 configs are four pages, and the server renders one. */
export const COMPARE_PAGE_SIZE = 50;

export const COMPARE_TABS = ['configs', 'connections'] as const;
export type CompareTab = (typeof COMPARE_TABS)[number];

const environmentField = (what: string) =>
  z
    .string()
    .regex(ENVIRONMENT_NAME_PATTERN, `${what} must be an environment name (lowercase letters, digits and -)`);

export const compareSearchSchema = z.object({
  tab: z.enum(COMPARE_TABS, { message: 'tab must be configs or connections' }).default('configs'),
  baseline: environmentField('baseline').optional(),
  q: z.string().trim().max(100, 'Search for at most 100 characters').default(''),
  /** Only the rows that are not the same everywhere. */
  differences: z.enum(['1'], { message: 'differences must be 1 or left out' }).optional(),
  page: z.coerce
    .number({ message: 'page must be a number' })
    .int('page must be a whole number')
    .min(1, 'page starts at 1')
    .max(10_000, 'page is at most 10,000')
    .default(1),
});
export type CompareSearch = z.output<typeof compareSearchSchema>;

/** `/compare/configs/<name>`: a config is matched by name across environments (ids are per environment). */
export const compareConfigParams = z.object({
  config: z
    .string()
    .min(1, 'Name a config')
    .max(MAX_NAME, `A config name is at most ${MAX_NAME} characters`)
    .regex(NAME_PATTERN, 'A config name has only lowercase letters, digits, - and _'),
});

export const compareDiffSearchSchema = z
  .object({ from: environmentField('from'), to: environmentField('to') })
  .refine((s) => s.from !== s.to, {
    message: 'from and to must be two different environments',
    path: ['to'],
  });

/** The address of the effective-tool diff of one config between two environments. */
export const compareDiffPath = (config: string, from: string, to: string) =>
  `/compare/configs/${encodeURIComponent(config)}?${new URLSearchParams({ from, to })}`;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A page's search params through a schema: an empty value counts as left out; a bad one is a sentence. */
export function parseSearch<S extends z.ZodType>(
  schema: S,
  raw: Record<string, string | undefined>,
): Parsed<z.output<S>> {
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(given);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; '),
  };
}
