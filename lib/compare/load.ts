import 'server-only';
import { randomUUID } from 'node:crypto';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import { listEnvironments, scalekitOf } from '@/lib/environments';
import { ActionError } from '@/lib/errors/action-error';
import { toProblem } from '@/lib/errors/problem';
import type { Connection, McpConfig } from '@/lib/scalekit/types';
import { compareEnvironmentLists, type EnvironmentLists } from './compare';
import type { Comparison } from './types';

/**
 * Loads what the comparison needs with list calls only: each environment's configs (pages of 30) and its
 * connections, the two together, every environment at once. Never a call per config. Each environment's lists
 * are shared for a few seconds on its client, so many people opening the comparison cost one load.
 */

/** What the loader needs of a client: the two list walks (a ScalekitClient has them). */
export interface ListSource {
  configs: { listAll(): Promise<McpConfig[]> };
  connections: { listAll(): Promise<Connection[]> };
}

export interface ComparisonSource {
  name: string;
  production: boolean;
  scalekit: ListSource;
}

const LISTS_TTL_MS = 5_000;

type Lists = { configs: McpConfig[]; connections: Connection[] };

const fetchLists = async (sk: ListSource): Promise<Lists> => {
  const [configs, connections] = await Promise.all([sk.configs.listAll(), sk.connections.listAll()]);
  return { configs, connections };
};

/** An environment that could not be read still gets its column, saying why (the others still compare). */
async function settle(
  source: Omit<ComparisonSource, 'scalekit'>,
  lists: Promise<Lists>,
): Promise<EnvironmentLists> {
  const { name, production } = source;
  try {
    return { name, production, ok: true, ...(await lists) };
  } catch (err) {
    return { name, production, ok: false, error: toProblem(err, { requestId: randomUUID() }).message };
  }
}

/** One environment's lists, or why they could not be read. Never throws. */
export function loadEnvironmentLists(source: ComparisonSource): Promise<EnvironmentLists> {
  return settle(source, fetchLists(source.scalekit));
}

/** Loads every source in parallel and compares them. */
export async function loadComparison(
  sources: ComparisonSource[],
  opts: { baseline?: string } = {},
): Promise<Comparison> {
  return compareEnvironmentLists(await Promise.all(sources.map(loadEnvironmentLists)), opts);
}

/**
 * One configured environment's lists, shared for a few seconds on its client (the comparison page, the diff
 * page and every config page's twins read the same load). `fresh` skips the sharing. Never throws.
 */
export function sharedEnvironmentLists(
  environment: { name: string; production: boolean },
  opts: { fresh?: boolean } = {},
): Promise<EnvironmentLists> {
  const sk = scalekitOf(environment.name);
  // A failure is kept only a second (the cache's rule), so a recovered environment shows at once.
  const cache = sk.scoped('compare:lists', () =>
    createCoalescingCache<Lists>({ ttlMs: LISTS_TTL_MS, max: 4 }),
  );
  const loaded = cache.get('all', () => fetchLists(sk), opts.fresh ? 0 : LISTS_TTL_MS);
  return settle(
    environment,
    loaded.then((r) => r.value),
  );
}

/** The configured environments of these names, in display order; an unknown name is a 404. */
export function environmentsNamed(names?: string[]) {
  const all = listEnvironments();
  const unknown = names?.filter((n) => !all.some((e) => e.name === n)) ?? [];
  if (unknown.length)
    throw new ActionError(`There is no environment named "${unknown[0]}".`, undefined, undefined, 404);
  return names ? all.filter((e) => names.includes(e.name)) : all;
}

/**
 * The configured environments compared (all of them, or the ones named, in display order). `fresh` skips the
 * few seconds' sharing, for a comparison right after a change.
 */
export async function compareEnvironments(
  opts: { environments?: string[]; baseline?: string; fresh?: boolean } = {},
): Promise<Comparison> {
  const chosen = environmentsNamed(opts.environments);
  const lists = await Promise.all(chosen.map((e) => sharedEnvironmentLists(e, { fresh: opts.fresh })));
  return compareEnvironmentLists(lists, { baseline: opts.baseline });
}
