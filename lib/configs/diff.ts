import { normalize } from './normalize';
import type { ConfigDraft, MappingDraft } from './schema';

export interface ConfigDiff {
  description: { from: string; to: string } | null;
  connectionsAdded: { connectionName: string; tools: string[] | 'all' }[];
  connectionsRemoved: { connectionName: string; tools: string[] | 'all' }[];
  /** Per connection kept on both sides: tools added and removed, or a switch to or from "all tools". */
  changed: {
    connectionName: string;
    added: string[];
    removed: string[];
    allTools: { from: boolean; to: boolean } | null;
  }[];
  empty: boolean;
  /** How much an agent could lose: removed tools plus removed connections (weighted), for the "large change" hint. */
  removedWeight: number;
}

const toolsOf = (m: MappingDraft): string[] | 'all' => (m.allTools ? 'all' : m.tools);

/** What changes going from `before` to `after`. The one diff used everywhere a change is shown. */
export function diffConfigs(beforeRaw: ConfigDraft, afterRaw: ConfigDraft): ConfigDiff {
  const before = normalize(beforeRaw);
  const after = normalize(afterRaw);
  const b = new Map(before.mappings.map((m) => [m.connectionName, m]));
  const a = new Map(after.mappings.map((m) => [m.connectionName, m]));
  const connectionsAdded = after.mappings
    .filter((m) => !b.has(m.connectionName))
    .map((m) => ({ connectionName: m.connectionName, tools: toolsOf(m) }));
  const connectionsRemoved = before.mappings
    .filter((m) => !a.has(m.connectionName))
    .map((m) => ({ connectionName: m.connectionName, tools: toolsOf(m) }));
  const changed: ConfigDiff['changed'] = [];
  for (const m of after.mappings) {
    const old = b.get(m.connectionName);
    if (!old) continue;
    const oldSet = new Set(old.tools);
    const newSet = new Set(m.tools);
    const added = m.tools.filter((t) => !oldSet.has(t));
    const removed = old.tools.filter((t) => !newSet.has(t));
    const allTools = old.allTools !== m.allTools ? { from: old.allTools, to: m.allTools } : null;
    if (added.length || removed.length || allTools)
      changed.push({ connectionName: m.connectionName, added, removed, allTools });
  }
  const description =
    before.description !== after.description ? { from: before.description, to: after.description } : null;
  const removedWeight =
    connectionsRemoved.reduce((n, c) => n + (c.tools === 'all' ? 50 : c.tools.length), 0) +
    changed.reduce((n, c) => n + c.removed.length + (c.allTools?.from ? 50 : 0), 0);
  return {
    description,
    connectionsAdded,
    connectionsRemoved,
    changed,
    empty: !description && !connectionsAdded.length && !connectionsRemoved.length && !changed.length,
    removedWeight,
  };
}

/**
 * Re-applies my edits (base -> mine) on top of someone else's version (theirs): connections and tools I added
 * or removed are added or removed again; everything else keeps their value. Used after a refused save.
 */
export function reapply(base: ConfigDraft, mine: ConfigDraft, theirs: ConfigDraft): ConfigDraft {
  const d = diffConfigs(base, mine);
  const result = new Map(
    normalize(theirs).mappings.map((m) => [m.connectionName, { ...m, tools: [...m.tools] }]),
  );
  const mineBy = new Map(normalize(mine).mappings.map((m) => [m.connectionName, m]));
  for (const c of d.connectionsRemoved) result.delete(c.connectionName);
  for (const c of d.connectionsAdded)
    if (!result.has(c.connectionName)) result.set(c.connectionName, { ...mineBy.get(c.connectionName)! });
  for (const c of d.changed) {
    const target = result.get(c.connectionName);
    if (!target) continue; // they removed the connection: their removal stands
    if (c.allTools) {
      target.allTools = c.allTools.to;
      target.tools = c.allTools.to ? [] : [...mineBy.get(c.connectionName)!.tools];
      continue;
    }
    const set = new Set(target.tools);
    c.added.forEach((t) => set.add(t));
    c.removed.forEach((t) => set.delete(t));
    target.tools = [...set];
  }
  return normalize({
    description: d.description ? mine.description : theirs.description,
    mappings: [...result.values()],
  });
}

/** Tool names per connection, as the catalog lists them; a connection left out has not been loaded. */
export type CatalogNames = Record<string, readonly string[] | undefined>;

export type ToolMode = 'all' | 'chosen' | 'none';

export interface ConnectionToolChange {
  connectionName: string;
  kind: 'added' | 'removed' | 'changed';
  from: ToolMode;
  to: ToolMode;
  /** Tools agents gain and lose: "all tools" resolved against the catalog. */
  gained: string[];
  lost: string[];
  /** True when the change makes it "all tools": agents also get tools the catalog adds later. */
  nowAllTools: boolean;
  /** Mapped tools (on either side) that the catalog no longer lists: agents cannot use them. */
  goneFromCatalog: string[];
  /** False when "all tools" is involved and the catalog is not loaded: the counts are then unknown. */
  resolved: boolean;
}

export interface EffectiveDiff {
  description: { from: string; to: string } | null;
  connections: ConnectionToolChange[];
  totals: { gained: number; lost: number; goneFromCatalog: number; resolved: boolean };
  empty: boolean;
}

const modeOf = (m: MappingDraft | undefined): ToolMode => (!m ? 'none' : m.allTools ? 'all' : 'chosen');

/** What agents can actually call through a mapping; null when it needs a catalog we do not have. */
function effectiveTools(
  m: MappingDraft | undefined,
  catalog: readonly string[] | undefined,
): Set<string> | null {
  if (!m) return new Set();
  if (m.allTools) return catalog ? new Set(catalog) : null;
  if (!catalog) return new Set(m.tools);
  const known = new Set(catalog);
  return new Set(m.tools.filter((t) => known.has(t)));
}

/**
 * The change as agents see it: per connection, the tools they gain and lose, with "all tools" resolved against
 * the catalog. Pure (catalogs are passed in) so the browser and the server render the same rows.
 */
export function effectiveDiff(
  beforeRaw: ConfigDraft,
  afterRaw: ConfigDraft,
  catalogs: CatalogNames,
): EffectiveDiff {
  const before = normalize(beforeRaw);
  const after = normalize(afterRaw);
  const b = new Map(before.mappings.map((m) => [m.connectionName, m]));
  const a = new Map(after.mappings.map((m) => [m.connectionName, m]));
  const names = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => x.localeCompare(y));
  const connections: ConnectionToolChange[] = [];
  for (const name of names) {
    const old = b.get(name);
    const next = a.get(name);
    const from = modeOf(old);
    const to = modeOf(next);
    const catalog = catalogs[name];
    const known = catalog ? new Set(catalog) : null;
    const mapped = [...new Set([...(old?.tools ?? []), ...(next?.tools ?? [])])];
    const goneFromCatalog = known ? mapped.filter((t) => !known.has(t)).sort() : [];
    const oldSet = effectiveTools(old, catalog);
    const newSet = effectiveTools(next, catalog);
    const resolved = oldSet !== null && newSet !== null;
    const gained = resolved ? [...newSet].filter((t) => !oldSet.has(t)).sort() : [];
    const lost = resolved ? [...oldSet].filter((t) => !newSet.has(t)).sort() : [];
    const modeChanged = from !== to;
    if (!modeChanged && !gained.length && !lost.length && !goneFromCatalog.length) continue;
    connections.push({
      connectionName: name,
      kind: !old ? 'added' : !next ? 'removed' : 'changed',
      from,
      to,
      gained,
      lost,
      nowAllTools: to === 'all' && from !== 'all',
      goneFromCatalog,
      resolved,
    });
  }
  const description =
    before.description !== after.description ? { from: before.description, to: after.description } : null;
  const hasChange = connections.some((c) => c.from !== c.to || c.gained.length || c.lost.length);
  return {
    description,
    connections,
    totals: {
      gained: connections.reduce((n, c) => n + c.gained.length, 0),
      lost: connections.reduce((n, c) => n + c.lost.length, 0),
      goneFromCatalog: connections.reduce((n, c) => n + c.goneFromCatalog.length, 0),
      resolved: connections.every((c) => c.resolved),
    },
    empty: !description && !hasChange,
  };
}

/** The connections whose catalogs an effective diff between these drafts needs. */
export function connectionsInvolved(...drafts: ConfigDraft[]): string[] {
  return [...new Set(drafts.flatMap((d) => d.mappings.map((m) => m.connectionName)))].sort();
}
