/**
 * The tool-call log: an in-memory array kept sorted by start time (a time range is two binary searches),
 * with maps by id and execution id. It is deliberately NOT part of the JSON state snapshot: at 100,000 rows
 * that snapshot would be rewritten on every change. Instead:
 *  - the seeded history is regenerated in memory at start from the accounts (deterministic content, times
 *    relative to the start so the last week is always populated);
 *  - live calls are appended, one JSON line each, to `tool-call-logs.jsonl` in the data dir, whose first line
 *    records the seed settings so a restart regenerates the same history.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Store } from '../store/store';
import { Columns } from './columns';
import { generateToolCallHistory } from './seed-history';
import type { ToolCallLog } from './types';

const LOG_FILE = 'tool-call-logs.jsonl';

export interface ToolLogSeed {
  seed: 'demo' | 'none';
  toolCalls: number;
}

interface Header {
  kind: 'header';
  seed: 'demo' | 'none';
  tool_calls: number;
  created_ms: number; // accounts created after this are the user's own: they get no invented history
}

export class ToolCallLogs {
  private rows: ToolCallLog[] = []; // parallel to `columns`, read only for the rows a page returns
  readonly columns = new Columns();
  private readonly byId = new Map<string, ToolCallLog>();
  private readonly byExecution = new Map<string, ToolCallLog>();
  private seq = 0;
  private toolCalls = 0;
  private keyed = false;

  private constructor(
    private readonly store: Store,
    private readonly file: string | undefined,
  ) {}

  static open(store: Store, dataDir: string | undefined, seed: ToolLogSeed, now = Date.now()): ToolCallLogs {
    const logs = new ToolCallLogs(store, dataDir ? path.join(dataDir, LOG_FILE) : undefined);
    if (logs.file && existsSync(logs.file)) {
      const [first, ...lines] = readFileSync(logs.file, 'utf8').split('\n');
      const header = JSON.parse(first) as Header;
      logs.seedHistory(header, now);
      for (const line of lines) if (line.trim()) logs.insert(JSON.parse(line) as ToolCallLog);
    } else {
      logs.reset(seed, now);
    }
    return logs;
  }

  /** Replaces everything with freshly generated history for the store's current accounts. */
  reset(seed: ToolLogSeed, now = Date.now()) {
    const header: Header = { kind: 'header', seed: seed.seed, tool_calls: seed.toolCalls, created_ms: now };
    this.seedHistory(header, now);
    if (this.file) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(this.file, `${JSON.stringify(header)}\n`);
    }
  }

  private seedHistory(header: Header, now: number) {
    this.toolCalls = header.tool_calls;
    this.rows = [];
    this.columns.clear();
    this.byId.clear();
    this.byExecution.clear();
    this.keyed = false;
    this.seq = 0;
    if (header.seed !== 'demo' || header.tool_calls <= 0) return;
    const accounts = [...this.store.accounts.values()].filter(
      (a) => Date.parse(a.createdAt) <= header.created_ms,
    );
    const history = generateToolCallHistory({
      accounts,
      connections: this.store.connections,
      configs: [...this.store.configs.values()],
      catalog: this.store.catalog,
      count: header.tool_calls,
      now,
    });
    // Generated in time order: push without searching.
    for (const r of history) this.index(r, this.rows.length);
  }

  /** Records a live call and appends it to the log file (one short synchronous write). */
  add(log: ToolCallLog) {
    this.insert(log);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(log)}\n`);
  }

  private insert(log: ToolCallLog) {
    // Calls finish roughly in start order, so the slot is almost always the end: search back from there.
    let at = this.rows.length;
    while (at > 0 && this.columns.startedMs[at - 1] > log.startedMs) at--;
    this.index(log, at);
  }

  private index(log: ToolCallLog, at: number) {
    if (at === this.rows.length) this.rows.push(log);
    else this.rows.splice(at, 0, log);
    this.columns.insert(at, log, ++this.seq);
    if (this.keyed) this.key(log);
  }

  private key(log: ToolCallLog) {
    this.byId.set(log.id, log);
    this.byExecution.set(log.executionId, log);
  }

  /** The seeded history's size setting (what a reset without a new value keeps). */
  get seededCount() {
    return this.toolCalls;
  }

  get size() {
    return this.rows.length;
  }

  get lastSeq() {
    return this.seq;
  }

  /** By execution id (the route's key) or, as a convenience, by the row's own `tcl_` id. */
  get(id: string): ToolCallLog | undefined {
    // The id maps are built on first use: most starts never look a row up, and 100k keys cost a second.
    if (!this.keyed) {
      for (const r of this.rows) this.key(r);
      this.keyed = true;
    }
    return this.byExecution.get(id) ?? this.byId.get(id);
  }

  /** Row i in time order (oldest first). */
  row(i: number): ToolCallLog {
    return this.rows[i];
  }

  /** Row positions with start time in [startMs, endMs). */
  range(startMs = -Infinity, endMs = Infinity): { lo: number; hi: number } {
    return { lo: this.lowerBound(startMs), hi: this.lowerBound(endMs) };
  }

  private lowerBound(ms: number): number {
    const t = this.columns.startedMs;
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t[mid] < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
