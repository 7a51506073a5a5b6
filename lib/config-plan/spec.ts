import { normalize } from '@/lib/configs/normalize';
import type { ConfigDraft } from '@/lib/configs/schema';
import type { McpConfig } from '@/lib/scalekit/types';

/** One connection of a config as code: every tool (`'all'`, including tools the catalog adds later) or a sorted list. */
export interface ConnectionSpec {
  tools: 'all' | string[];
  /** The connector (provider slug, lower case) behind the connection; export writes it, a file may leave it out. */
  connector?: string;
}

/**
 * A config in the form that means the same thing in every environment: no ids, no server URL, no secret. The
 * unit of configs as code and of promotion: export writes it, a file holds it, a plan compares it.
 */
export interface ConfigSpec {
  name: string;
  description: string;
  /** Keyed by connection name, in name order. */
  connections: Record<string, ConnectionSpec>;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Canonical form: trimmed description, connections and tools sorted, tools de-duplicated, connector lower case. */
export function normalizeSpec(spec: ConfigSpec): ConfigSpec {
  const connections: Record<string, ConnectionSpec> = {};
  for (const name of Object.keys(spec.connections).sort(byName)) {
    const c = spec.connections[name]!;
    connections[name] = {
      tools: c.tools === 'all' ? 'all' : [...new Set(c.tools)].sort(byName),
      ...(c.connector ? { connector: c.connector.toLowerCase() } : {}),
    };
  }
  return { name: spec.name, description: spec.description.trim(), connections };
}

/** The environment-independent form of a config as Scalekit holds it (connector included). */
export function specOf(config: McpConfig): ConfigSpec {
  return normalizeSpec({
    name: config.name,
    description: config.description,
    connections: Object.fromEntries(
      config.mappings.map((m) => [
        m.connectionName,
        {
          tools: m.tools.length === 0 ? 'all' : m.tools,
          ...(m.provider ? { connector: m.provider.toLowerCase() } : {}),
        },
      ]),
    ),
  });
}

/** What a spec asks Scalekit to hold, as the editor's draft: the shape the diff, the guard and history use. */
export function draftOf(spec: ConfigSpec): ConfigDraft {
  return normalize({
    description: spec.description,
    mappings: Object.entries(spec.connections).map(([connectionName, c]) => ({
      connectionName,
      allTools: c.tools === 'all',
      tools: c.tools === 'all' ? [] : c.tools,
    })),
  });
}

/** Specs in name order, so everything built from a list of them (files, plans, digests) is stable. */
export function sortSpecs(specs: readonly ConfigSpec[]): ConfigSpec[] {
  return [...specs].map(normalizeSpec).sort((a, b) => byName(a.name, b.name));
}
