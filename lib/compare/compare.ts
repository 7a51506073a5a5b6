/**
 * The comparison itself: pure functions over what each environment's list calls returned. Rows are matched by
 * name (ids are per environment), each compared with a reference version: the baseline environment's when it
 * has one, else the first environment (in display order) that does.
 */
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import type { Connection, McpConfig } from '@/lib/scalekit/types';
import type {
  Comparison,
  ComparedEnvironment,
  ConfigCell,
  ConfigRow,
  ConnectionBlocker,
  ConnectionCell,
  ConnectionRow,
  StateCounts,
} from './types';

/** What one environment's list calls gave, or why they failed. */
export type EnvironmentLists =
  | { name: string; production: boolean; ok: true; configs: McpConfig[]; connections: Connection[] }
  | { name: string; production: boolean; ok: false; error: string };

type Loaded = Extract<EnvironmentLists, { ok: true }>;

const sameProvider = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Environments in the order rows look for their reference: the baseline first, then display order. */
function referenceOrder(envs: EnvironmentLists[], baseline: string): Loaded[] {
  const loaded = envs.filter((e): e is Loaded => e.ok);
  return [...loaded.filter((e) => e.name === baseline), ...loaded.filter((e) => e.name !== baseline)];
}

function connectionIndex(envs: EnvironmentLists[]) {
  const index = new Map<string, Map<string, Connection>>();
  for (const e of envs) if (e.ok) index.set(e.name, new Map(e.connections.map((c) => [c.name, c])));
  return index;
}

function blockersFor(
  reference: McpConfig,
  referenceEnv: string,
  target: string,
  conns: Map<string, Map<string, Connection>>,
): ConnectionBlocker[] {
  const there = conns.get(target)!;
  const here = conns.get(referenceEnv)!;
  return reference.mappings.flatMap((m): ConnectionBlocker[] => {
    const theirs = there.get(m.connectionName);
    if (!theirs) return [{ connection: m.connectionName, problem: 'missing' }];
    const ours = here.get(m.connectionName);
    if (ours && !sameProvider(ours.provider, theirs.provider)) {
      return [{ connection: m.connectionName, problem: 'other-connector' }];
    }
    return [];
  });
}

export function compareConfigs(envs: EnvironmentLists[], baseline: string): ConfigRow[] {
  const order = referenceOrder(envs, baseline);
  const conns = connectionIndex(envs);
  const byEnv = new Map(order.map((e) => [e.name, new Map(e.configs.map((c) => [c.name, c]))]));
  const names = [...new Set(order.flatMap((e) => e.configs.map((c) => c.name)))].sort();
  return names.map((name) => {
    const referenceEnv = order.find((e) => byEnv.get(e.name)!.has(name))!.name;
    const reference = byEnv.get(referenceEnv)!.get(name)!;
    const hashes: string[] = [];
    const cells: Record<string, ConfigCell> = {};
    // Walk from the reference so it is version 0 and the letters follow the reference order.
    for (const e of [
      ...order.filter((x) => x.name === referenceEnv),
      ...order.filter((x) => x.name !== referenceEnv),
    ]) {
      const config = byEnv.get(e.name)!.get(name);
      if (!config) {
        cells[e.name] = { state: 'missing', blockers: blockersFor(reference, referenceEnv, e.name, conns) };
        continue;
      }
      const snapshot = snapshotOf(config);
      const hash = hashSnapshot(snapshot);
      if (!hashes.includes(hash)) hashes.push(hash);
      const variant = hashes.indexOf(hash);
      cells[e.name] = {
        state: variant === 0 ? 'same' : 'differs',
        id: config.id,
        hash,
        variant,
        snapshot,
        ...(variant === 0 ? {} : { blockers: blockersFor(reference, referenceEnv, e.name, conns) }),
      };
    }
    for (const e of envs) if (!e.ok) cells[e.name] = { state: 'unknown' };
    const known = Object.values(cells).filter((c) => c.state !== 'unknown');
    const inDisplayOrder = Object.fromEntries(envs.map((e) => [e.name, cells[e.name]]));
    return {
      name,
      reference: referenceEnv,
      cells: inDisplayOrder,
      allSame: known.every((c) => c.state === 'same'),
    };
  });
}

export function compareConnections(envs: EnvironmentLists[], baseline: string): ConnectionRow[] {
  const order = referenceOrder(envs, baseline);
  const conns = connectionIndex(envs);
  // Which configs map each connection, per environment.
  const users = new Map<string, Map<string, string[]>>();
  for (const e of order) {
    const m = new Map<string, string[]>();
    for (const c of [...e.configs].sort(byName))
      for (const mapping of c.mappings)
        m.set(mapping.connectionName, [...(m.get(mapping.connectionName) ?? []), c.name]);
    users.set(e.name, m);
  }
  const names = [...new Set(order.flatMap((e) => e.connections.map((c) => c.name)))].sort();
  return names.map((name) => {
    const referenceEnv = order.find((e) => conns.get(e.name)!.has(name))!.name;
    const provider = conns.get(referenceEnv)!.get(name)!.provider;
    const cells: Record<string, ConnectionCell> = {};
    for (const e of envs) {
      if (!e.ok) {
        cells[e.name] = { state: 'unknown', usedBy: [] };
        continue;
      }
      const c = conns.get(e.name)!.get(name);
      const usedBy = users.get(e.name)!.get(name) ?? [];
      cells[e.name] = c
        ? {
            state: sameProvider(c.provider, provider) ? 'present' : 'other-connector',
            id: c.id,
            provider: c.provider,
            enabled: c.enabled,
            usedBy,
          }
        : { state: 'missing', usedBy };
    }
    const known = Object.values(cells).filter((c) => c.state !== 'unknown');
    return {
      name,
      reference: referenceEnv,
      provider,
      cells,
      allSame: known.every((c) => c.state === 'present'),
    };
  });
}

export function compareEnvironmentLists(
  envs: EnvironmentLists[],
  opts: { baseline?: string; now?: () => number } = {},
): Comparison {
  const baseline =
    opts.baseline && envs.some((e) => e.name === opts.baseline) ? opts.baseline : (envs[0]?.name ?? '');
  const configs = compareConfigs(envs, baseline);
  const configCounts: Record<string, StateCounts> = {};
  for (const e of envs) {
    const counts = { same: 0, differs: 0, missing: 0 };
    for (const row of configs) {
      const s = row.cells[e.name].state;
      if (s !== 'unknown') counts[s]++;
    }
    configCounts[e.name] = counts;
  }
  const environments: ComparedEnvironment[] = envs.map((e) => ({
    name: e.name,
    production: e.production,
    ok: e.ok,
    ...(e.ok ? {} : { error: e.error }),
    configCount: e.ok ? e.configs.length : 0,
    connectionCount: e.ok ? e.connections.length : 0,
  }));
  return {
    environments,
    baseline,
    configs,
    connections: compareConnections(envs, baseline),
    configCounts,
    loadedAt: new Date((opts.now ?? Date.now)()).toISOString(),
  };
}
