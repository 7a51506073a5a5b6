/**
 * The comparison of environments, as pages receive it: configs x environments and connections x environments.
 * Browser-safe (types only). Built by lib/compare/compare.ts from list calls (lib/compare/load.ts).
 */
import type { ConfigDraft } from '@/lib/configs/schema';

/** One environment's column: whether it could be read, and how much it holds. */
export interface ComparedEnvironment {
  name: string;
  production: boolean;
  ok: boolean;
  /** Why it could not be read, in words; its cells are all "unknown". */
  error?: string;
  configCount: number;
  connectionCount: number;
}

/**
 * same: this environment's config equals the row's reference version (description and mappings, tools
 * normalized); differs: it exists but is another version; missing: no config of that name here; unknown: the
 * environment could not be read.
 */
export type ConfigCellState = 'same' | 'differs' | 'missing' | 'unknown';

/** Something that would stop this environment from running the reference version as it is. */
export interface ConnectionBlocker {
  connection: string;
  problem: 'missing' | 'other-connector';
}

export interface ConfigCell {
  state: ConfigCellState;
  /** This environment's config id (its page); absent when missing or unknown. */
  id?: string;
  /** Fingerprint of the editable part (lib/configs/normalize.ts `hashSnapshot`). */
  hash?: string;
  /** Versions by letter: 0 is the reference version, equal numbers are equal versions. */
  variant?: number;
  /** The editable part, normalized: the effective-tool diff between two cells needs no further call. */
  snapshot?: ConfigDraft;
  /** For a cell that is not the reference version: the reference's connections this environment lacks. */
  blockers?: ConnectionBlocker[];
}

export interface ConfigRow {
  name: string;
  /** The environment whose version the others are compared with (the baseline when it has the config). */
  reference: string;
  cells: Record<string, ConfigCell>;
  /** Present and equal everywhere it could be read. */
  allSame: boolean;
}

/**
 * present: a connection of that name, backed by the reference's connector; other-connector: that name, another
 * connector behind it (mappings would reach the wrong provider); missing: no connection of that name.
 */
export type ConnectionCellState = 'present' | 'missing' | 'other-connector' | 'unknown';

export interface ConnectionCell {
  state: ConnectionCellState;
  id?: string;
  provider?: string;
  enabled?: boolean;
  /** This environment's configs that map the connection. */
  usedBy: string[];
}

export interface ConnectionRow {
  name: string;
  reference: string;
  /** The connector behind the name in the reference environment. */
  provider: string;
  cells: Record<string, ConnectionCell>;
  allSame: boolean;
}

export interface StateCounts {
  same: number;
  differs: number;
  missing: number;
}

export interface Comparison {
  /** Columns, in display order. */
  environments: ComparedEnvironment[];
  /** The environment rows are compared with first (the first column unless chosen). */
  baseline: string;
  configs: ConfigRow[];
  connections: ConnectionRow[];
  /** Per environment: how many config rows are the same as, differ from or are missing against the reference. */
  configCounts: Record<string, StateCounts>;
  loadedAt: string;
}
