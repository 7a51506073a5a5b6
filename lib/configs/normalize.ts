import type { McpConfig } from '@/lib/scalekit/types';
import type { ConfigDraft } from './schema';

/** The part of a config an edit can change, in a canonical order, so equal configs compare equal. */
export function snapshotOf(c: Pick<McpConfig, 'description' | 'mappings'>): ConfigDraft {
  return normalize({
    description: c.description,
    mappings: c.mappings.map((m) => ({
      connectionName: m.connectionName,
      allTools: m.tools.length === 0,
      tools: m.tools,
    })),
  });
}

export function normalize(d: ConfigDraft): ConfigDraft {
  return {
    description: d.description.trim(),
    mappings: d.mappings
      .map((m) => ({
        connectionName: m.connectionName,
        allTools: m.allTools,
        tools: m.allTools ? [] : [...new Set(m.tools)].sort(),
      }))
      .sort((a, b) => a.connectionName.localeCompare(b.connectionName)),
  };
}

/** A stable fingerprint of a snapshot (FNV-1a over canonical JSON): the editor's "version" of a config. */
export function hashSnapshot(d: ConfigDraft): string {
  const text = JSON.stringify(normalize(d));
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}${text.length.toString(16)}`;
}

export const toApiMappings = (d: ConfigDraft) =>
  normalize(d).mappings.map((m) => ({ connectionName: m.connectionName, tools: m.allTools ? [] : m.tools }));
