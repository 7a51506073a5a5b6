/**
 * One config between two environments, from lists already loaded (pure): each side's state, and the
 * effective-tool diff when both have it. Catalogs are passed in, so the server decides which calls to make.
 */
import { effectiveDiff, type CatalogNames, type EffectiveDiff } from '@/lib/configs/diff';
import type { ConfigDraft } from '@/lib/configs/schema';
import { compareConfigs, type EnvironmentLists } from './compare';
import type { ConfigCellState, ConnectionBlocker } from './types';

export interface PairSide {
  environment: string;
  production: boolean;
  /** same/differs here mean "has it"; the pair's `identical` says whether the two are equal. */
  state: Exclude<ConfigCellState, 'differs'> | 'present';
  id?: string;
  snapshot?: ConfigDraft;
  /** Why the environment could not be read. */
  error?: string;
}

export interface ConfigPair {
  name: string;
  from: PairSide;
  to: PairSide;
  /** Both have it and they are equal. */
  identical: boolean;
  /** Both have it: what agents gain and lose going from `from` to `to`. */
  diff: EffectiveDiff | null;
  /** One side lacks it: the connections the other side maps that the lacking side does not have. */
  blockers: ConnectionBlocker[];
}

function side(
  lists: EnvironmentLists,
  cell: ReturnType<typeof compareConfigs>[number]['cells'][string] | undefined,
): PairSide {
  const base = { environment: lists.name, production: lists.production };
  if (!lists.ok) return { ...base, state: 'unknown', error: lists.error };
  if (!cell || cell.state === 'missing' || cell.state === 'unknown') return { ...base, state: 'missing' };
  return { ...base, state: 'present', id: cell.id, snapshot: cell.snapshot };
}

/** The connections whose mapping is not the same on both sides: the only catalogs the diff needs. */
export function connectionsThatDiffer(a: ConfigDraft, b: ConfigDraft): string[] {
  const key = (d: ConfigDraft) => new Map(d.mappings.map((m) => [m.connectionName, JSON.stringify(m)]));
  const ka = key(a);
  const kb = key(b);
  return [...new Set([...ka.keys(), ...kb.keys()])].filter((n) => ka.get(n) !== kb.get(n)).sort();
}

/** The pair as lists show it; `null` when neither environment (both read) has a config of that name. */
export function configPair(
  name: string,
  from: EnvironmentLists,
  to: EnvironmentLists,
  catalogs: CatalogNames = {},
): ConfigPair | null {
  const row = compareConfigs([from, to], from.name).find((r) => r.name === name);
  if (!row && from.ok && to.ok) return null;
  const a = side(from, row?.cells[from.name]);
  const b = side(to, row?.cells[to.name]);
  const both = a.snapshot && b.snapshot;
  const lacking = [a, b].find((s) => s.state === 'missing');
  return {
    name,
    from: a,
    to: b,
    identical: Boolean(both && row!.cells[from.name].hash === row!.cells[to.name].hash),
    diff: both ? effectiveDiff(a.snapshot!, b.snapshot!, catalogs) : null,
    blockers: lacking && row ? (row.cells[lacking.environment].blockers ?? []) : [],
  };
}
