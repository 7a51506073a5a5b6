/**
 * A config's twins: the config of the same name in each other environment, compared with this one (pure, from
 * the other environments' lists and the config the page already loaded).
 */
import type { McpConfig } from '@/lib/scalekit/types';
import { compareConfigs, type EnvironmentLists } from './compare';
import type { ConfigCellState, ConnectionBlocker } from './types';

export interface Twin {
  environment: string;
  production: boolean;
  state: ConfigCellState;
  /** The twin's id in its environment (its page), when it has one. */
  id?: string;
  /** When it is missing or another version: this config's connections that environment lacks. */
  blockers: ConnectionBlocker[];
  /** Why the environment could not be read. */
  error?: string;
}

export function twinsOf(
  here: { environment: string; production: boolean; config: McpConfig },
  others: EnvironmentLists[],
): Twin[] {
  // This environment's connections are not needed: a blocker is a connection the other environment lacks.
  const self: EnvironmentLists = {
    name: here.environment,
    production: here.production,
    ok: true,
    configs: [here.config],
    connections: [],
  };
  const lists = others.map((o) =>
    o.ok ? { ...o, configs: o.configs.filter((c) => c.name === here.config.name) } : o,
  );
  const row = compareConfigs([self, ...lists], here.environment).find((r) => r.name === here.config.name)!;
  return others.map((o) => {
    const cell = row.cells[o.name]!;
    return {
      environment: o.name,
      production: o.production,
      state: cell.state,
      ...(cell.id ? { id: cell.id } : {}),
      blockers: cell.blockers ?? [],
      ...(o.ok ? {} : { error: o.error }),
    };
  });
}
