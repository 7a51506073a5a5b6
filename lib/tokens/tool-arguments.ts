import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import type { PreviewTool } from './preview-types';

const byType: Record<string, z.ZodType> = {
  string: z.string(),
  integer: z.number().int(),
  number: z.number(),
  boolean: z.boolean(),
  array: z.array(z.unknown()),
  object: z.record(z.string(), z.unknown()),
};

/** Validates form arguments against the tool's input schema, naming each field to fix. */
export function validateToolArguments(schema: PreviewTool['inputSchema'], args: Record<string, unknown>) {
  const shape: Record<string, z.ZodType> = {};
  const required = new Set(schema.required ?? []);
  for (const [name, spec] of Object.entries(schema.properties ?? {})) {
    const base = byType[spec.type ?? ''] ?? z.unknown();
    shape[name] = required.has(name) ? base : base.optional();
  }
  const parsed = z.object(shape).strict().safeParse(args);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues)
      (fieldErrors[i.path.join('.') || String(i.path[0] ?? '_')] ??= []).push(i.message);
    throw new ActionError('Check the tool arguments', fieldErrors);
  }
  return parsed.data as Record<string, unknown>;
}
