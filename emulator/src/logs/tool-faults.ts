/**
 * Injected provider failures for tool calls (`POST /_emulator/tool_faults`): per connection (name or id)
 * and/or tool, a provider status, error code and message, extra latency, for a number of calls. A fault with
 * only `latency_ms` slows calls down and lets them succeed; any other fault makes them fail as provider errors.
 */
import { z } from 'zod';
import { invalid } from '../http/errors';
import type { Router } from '../http/router';
import { parseInput } from '../http/wire';
import type { Store } from '../store/store';
import { providerErrorCode } from './types';

export const toolFaultSchema = z.strictObject({
  connection: z.string().min(1, 'connection (a connection name or conn_ id) must not be empty').optional(),
  tool: z.string().min(1, 'tool must not be empty').optional(),
  status: z
    .number({ message: 'status must be a number' })
    .int()
    .min(400, 'status must be an HTTP error status (400-599)')
    .max(599, 'status must be an HTTP error status (400-599)')
    .optional(),
  error_code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'error_code: a letter, then letters, digits, _ . - (max 64)')
    .transform((c) => c.toUpperCase())
    .optional(),
  message: z.string().min(1).max(500, 'message must be at most 500 characters').optional(),
  latency_ms: z.number().int().min(0).max(60_000, 'latency_ms must be at most 60000').optional(),
  times: z.number().int().min(1, 'times must be at least 1').optional(),
});
export type ToolFaultInput = z.infer<typeof toolFaultSchema>;

export interface ProviderFailure {
  status: number;
  code: string;
  message: string;
}

interface ToolFault extends ToolFaultInput {
  id: string;
  used: number;
}

export class ToolFaults {
  private faults: ToolFault[] = [];
  private next = 1;

  add(input: ToolFaultInput): string {
    const id = `tool_fault_${this.next++}`;
    this.faults.push({ ...input, id, used: 0 });
    return id;
  }

  clear() {
    this.faults = [];
  }

  /** The first fault for this call, counting its use: extra latency and, unless latency-only, a failure. */
  pick(
    connection: { name: string; id: string },
    tool: string,
    label: string,
  ): { latencyMs: number; failure?: ProviderFailure } | undefined {
    const f = this.faults.find(
      (x) =>
        (x.times === undefined || x.used < x.times) &&
        (!x.connection || x.connection === connection.name || x.connection === connection.id) &&
        (!x.tool || x.tool === tool),
    );
    if (!f) return undefined;
    f.used++;
    const latencyOnly = f.latency_ms !== undefined && f.status === undefined && !f.error_code && !f.message;
    if (latencyOnly) return { latencyMs: f.latency_ms! };
    const status = f.status ?? 502;
    return {
      latencyMs: f.latency_ms ?? 0,
      failure: {
        status,
        code: f.error_code ?? providerErrorCode(status),
        message: f.message ?? `${label} answered ${status} (injected provider failure)`,
      },
    };
  }
}

export function registerToolFaultRoutes(router: Router, deps: { store: Store; toolFaults: ToolFaults }) {
  const { store, toolFaults } = deps;
  router.add('POST', '/_emulator/tool_faults', async ({ body }) => {
    const input = parseInput(toolFaultSchema, await body(), 'Tool fault');
    if (
      input.connection &&
      !store.getConnection(input.connection) &&
      ![...store.connections.values()].some((c) => c.id === input.connection)
    )
      throw invalid(`connection "${input.connection}" does not exist (give a connection name or conn_ id)`, [
        { field: 'connection', description: 'unknown connection' },
      ]);
    if (input.tool && !store.catalog.tool(input.tool))
      throw invalid(`tool "${input.tool}" is not in the catalog`, [
        { field: 'tool', description: 'unknown tool' },
      ]);
    return { id: toolFaults.add(input) };
  });
  router.add('DELETE', '/_emulator/tool_faults', () => (toolFaults.clear(), {}));
}
