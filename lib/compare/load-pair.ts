import 'server-only';
import { scalekitOf } from '@/lib/environments';
import type { CatalogNames } from '@/lib/configs/diff';
import { ActionError } from '@/lib/errors/action-error';
import { environmentsNamed, sharedEnvironmentLists } from './load';
import { configPair, connectionsThatDiffer, type ConfigPair } from './pair';

/** Tool names of each connection's catalog in an environment (cached there for minutes); a failure is left out. */
async function catalogsIn(environment: string, connections: string[]): Promise<CatalogNames> {
  const sk = scalekitOf(environment);
  const entries = await Promise.all(
    connections.map(
      async (c) =>
        [c, (await sk.tools.listAllForConnector(c).catch(() => undefined))?.map((t) => t.name)] as const,
    ),
  );
  return Object.fromEntries(entries.filter(([, t]) => t !== undefined));
}

/**
 * One config between two environments: the two environments' shared lists (the ones the matrix drew from, so
 * opening a cell from the matrix makes no call for the configs), then, only where a mapping differs, the
 * catalogs of `to` (what agents there would get with "all tools"). Neither environment having the config is a 404.
 */
export async function loadConfigPair(name: string, from: string, to: string): Promise<ConfigPair> {
  const [fromEnv] = environmentsNamed([from]);
  const [toEnv] = environmentsNamed([to]);
  const [a, b] = await Promise.all([sharedEnvironmentLists(fromEnv!), sharedEnvironmentLists(toEnv!)]);
  const first = configPair(name, a, b);
  if (!first)
    throw new ActionError(
      `Neither ${from} nor ${to} has a config named "${name}".`,
      undefined,
      undefined,
      404,
    );
  if (!first.diff || first.identical) return first;
  const catalogs = await catalogsIn(to, connectionsThatDiffer(first.from.snapshot!, first.to.snapshot!));
  return configPair(name, a, b, catalogs)!;
}
