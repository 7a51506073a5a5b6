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
