import 'server-only';
import { listEnvironments } from '@/lib/environments';
import type { EnvironmentLists } from './compare';
import { sharedEnvironmentLists } from './load';

/**
 * The lists of every other environment this person may open, shared with the comparison page. They do not
 * depend on the config, so a config page starts them beside its own loads (no waterfall) and pairs them with
 * the config when both are in (`twinsOf`).
 */
export function loadTwinLists(
  current: string,
  roleIn: (environment: string) => unknown,
): Promise<EnvironmentLists[]> {
  const others = listEnvironments().filter((e) => e.name !== current && roleIn(e.name));
  return Promise.all(others.map((e) => sharedEnvironmentLists(e)));
}
