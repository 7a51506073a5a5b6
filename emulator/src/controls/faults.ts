/** Fault injection and per-route request counters, for the console's resilience tests and benchmarks. */
import { z } from 'zod';

export const faultSchema = z.object({
  path: z.string({ message: 'path (a glob such as /api/v1/mcp/configs*) is required' }).min(1),
  method: z.string().toUpperCase().optional(),
  latency_ms: z.number().int().min(0).max(60_000).optional(),
  status: z.number().int().min(400).max(599).optional(),
  error_rate: z.number().min(0).max(1).optional(),
  retry_after: z.number().int().min(0).max(3600).optional(),
  malformed_body: z.boolean().optional(),
  drop_connection: z.boolean().optional(),
  // The fault fires after the request was handled (a write is applied), in place of the answer: the client
  // cannot tell from its side whether the write happened (a lost answer, a gateway timing out).
  after_apply: z.boolean().optional(),
  times: z.number().int().min(1).optional(),
  // Counted: the first `after` matching requests pass untouched, so a test can fail exactly the third write.
  after: z.number().int().min(0).optional(),
});

export type FaultInput = z.infer<typeof faultSchema>;
interface Fault extends FaultInput {
  id: string;
  regex: RegExp;
  used: number;
  seen: number;
}

const globToRegex = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

export class Faults {
  private faults: Fault[] = [];
  private next = 1;

  add(input: FaultInput): string {
    const id = `fault_${this.next++}`;
    this.faults.push({ ...input, id, regex: globToRegex(input.path), used: 0, seen: 0 });
    return id;
  }

  clear() {
    this.faults = [];
  }

  /** The first fault that applies to this request, counting its use; undefined when none fires. */
  pick(method: string, pathname: string): Fault | undefined {
    for (const f of this.faults) {
      if (f.method && f.method !== method) continue;
      if (!f.regex.test(pathname)) continue;
      if (f.times !== undefined && f.used >= f.times) continue;
      if (f.after !== undefined && f.seen++ < f.after) continue;
      if (f.error_rate !== undefined && Math.random() >= f.error_rate) continue;
      f.used++;
      return f;
    }
    return undefined;
  }
}

export class Counters {
  private counts = new Map<string, number>();

  hit(key: string) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot() {
    const counters = Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
    return { counters, total: [...this.counts.values()].reduce((a, b) => a + b, 0) };
  }

  reset() {
    this.counts.clear();
  }
}
