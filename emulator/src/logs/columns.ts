/**
 * Columnar index of the tool-call log: one typed array per filterable field, strings interned to small
 * integers. Filtering 100,000 rows then touches a few contiguous arrays instead of 100,000 scattered
 * objects (which measured 50-100x slower on a busy 2-core machine). Rows stay sorted by start time.
 */
import type { ToolCallLog } from './types';
import { TOOL_CALL_SOURCES, TOOL_CALL_STATUSES } from './types';

/** Strings to dense ids; 0 means "absent". */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [''];

  id(s: string | undefined): number {
    if (!s) return 0;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The id of a known string, or -1 (matches nothing) when it was never seen. */
  find(s: string): number {
    return this.ids.get(s) ?? -1;
  }
}

const STRING_COLUMNS = [
  'provider',
  'identifier',
  'connectionName',
  'connectionId',
  'connectedAccountId',
  'agentRunId',
  'toolName',
  'errorCode',
] as const;
export type StringColumn = (typeof STRING_COLUMNS)[number];

export class Columns {
  length = 0;
  private capacity = 0;
  startedMs = new Float64Array(0);
  seq = new Uint32Array(0);
  status = new Uint8Array(0);
  source = new Uint8Array(0);
  readonly strings = {} as Record<StringColumn, Uint32Array>;
  readonly dict = {} as Record<StringColumn, Interner>;

  constructor() {
    for (const c of STRING_COLUMNS) {
      this.strings[c] = new Uint32Array(0);
      this.dict[c] = new Interner();
    }
  }

  clear() {
    this.length = 0;
    for (const c of STRING_COLUMNS) this.dict[c] = new Interner();
  }

  private grow(min: number) {
    if (min <= this.capacity) return;
    const cap = Math.max(min, this.capacity * 2, 1024);
    const grow = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a.subarray(0, this.length) as never);
      return b;
    };
    this.startedMs = grow(this.startedMs, (n) => new Float64Array(n));
    this.seq = grow(this.seq, (n) => new Uint32Array(n));
    this.status = grow(this.status, (n) => new Uint8Array(n));
    this.source = grow(this.source, (n) => new Uint8Array(n));
    for (const c of STRING_COLUMNS) this.strings[c] = grow(this.strings[c], (n) => new Uint32Array(n));
    this.capacity = cap;
  }

  /** Writes row `at`, shifting later rows up by one. */
  insert(at: number, log: ToolCallLog, seq: number) {
    this.grow(this.length + 1);
    if (at < this.length) {
      const shift = (a: Float64Array | Uint32Array | Uint8Array) => a.copyWithin(at + 1, at, this.length);
      shift(this.startedMs);
      shift(this.seq);
      shift(this.status);
      shift(this.source);
      for (const c of STRING_COLUMNS) shift(this.strings[c]);
    }
    this.startedMs[at] = log.startedMs;
    this.seq[at] = seq;
    this.status[at] = TOOL_CALL_STATUSES.indexOf(log.status);
    this.source[at] = TOOL_CALL_SOURCES.indexOf(log.source);
    for (const c of STRING_COLUMNS) this.strings[c][at] = this.dict[c].id(log[c]);
    this.length++;
  }
}
