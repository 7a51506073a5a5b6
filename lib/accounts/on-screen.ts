import type { AccountStatus } from '@/lib/scalekit/types';
import { rowsByConnection } from './by-connection';
import type { AccountView } from './rows';

/**
 * What the user page draws, worked out once: the live layer polls on these statuses and the status line says
 * "everything shown is active" from them (isReady), so the line can never disagree with the rows. Browser-safe.
 */

export interface ConfigSummary {
  id: string;
  name: string;
  mappings: { connectionName: string; provider: string }[];
}

export const MAX_CARDS = 10;

/** Without a choice, the configs this user has accounts for come first, and at most MAX_CARDS are drawn. */
export function shownConfigs(
  configs: ConfigSummary[],
  chosen: string,
  accounts: { connectionName: string }[],
): ConfigSummary[] {
  if (chosen) return configs.filter((c) => c.id === chosen);
  const has = new Set(accounts.map((a) => a.connectionName));
  const relevant = (c: ConfigSummary) => c.mappings.some((m) => has.has(m.connectionName));
  return [...configs.filter(relevant), ...configs.filter((c) => !relevant(c))].slice(0, MAX_CARDS);
}

/** The configs the by-connection view lists: the chosen one, else every config. */
export const connectionViewConfigs = (configs: ConfigSummary[], chosen: string) =>
  chosen ? configs.filter((c) => c.id === chosen) : configs;

/**
 * The status of every row on screen, not connected as null: by config, each shown config's mapped connections;
 * by connection, each row of that view (accounts in no config included, since they are rows there too).
 */
export function statusesOnScreen(o: {
  configs: ConfigSummary[];
  chosen: string;
  byConnection: boolean;
  accounts: AccountView[];
}): (AccountStatus | null)[] {
  if (o.byConnection)
    return rowsByConnection(connectionViewConfigs(o.configs, o.chosen), o.accounts).map(
      (r) => r.account?.status ?? null,
    );
  const byName = new Map(o.accounts.map((a) => [a.connectionName, a.status]));
  const shown = shownConfigs(o.configs, o.chosen, o.accounts);
  return [...new Set(shown.flatMap((c) => c.mappings.map((m) => m.connectionName)))].map(
    (n) => byName.get(n) ?? null,
  );
}
