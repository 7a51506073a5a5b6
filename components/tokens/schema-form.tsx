'use client';

import { Field, Input } from '@/components/ui/field';
import type { PreviewTool } from '@/lib/tokens/preview-types';

/** Turns form strings into typed arguments; arrays and objects are JSON. Returns errors per field. */
export function readArguments(schema: PreviewTool['inputSchema'], form: FormData) {
  const args: Record<string, unknown> = {};
  const errors: Record<string, string[]> = {};
  for (const [name, spec] of Object.entries(schema.properties ?? {})) {
    const raw = String(form.get(name) ?? '').trim();
    if (spec.type === 'boolean') {
      if (form.get(name) === 'on') args[name] = true;
      continue;
    }
    if (raw === '') continue;
    if (spec.type === 'integer' || spec.type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n)))
        errors[name] = [`${name} must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}`];
      else args[name] = n;
    } else if (spec.type === 'array' || spec.type === 'object') {
      try {
        args[name] = JSON.parse(raw);
      } catch {
        errors[name] = [`${name} must be JSON (${spec.type === 'array' ? '[...]' : '{...}'})`];
      }
    } else {
      args[name] = raw;
    }
  }
  for (const name of schema.required ?? [])
    if (args[name] === undefined && !errors[name]) errors[name] = [`${name} is required`];
  return { args, errors };
}

export function SchemaFields({
  schema,
  errors,
}: {
  schema: PreviewTool['inputSchema'];
  errors?: Record<string, string[]>;
}) {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {});
  if (entries.length === 0) return <p className="text-sm text-zinc-500">This tool takes no arguments.</p>;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {entries.map(([name, spec]) => (
        <Field
          key={name}
          label={`${name}${required.has(name) ? ' *' : ''}`}
          htmlFor={`arg-${name}`}
          hint={spec.type === 'array' || spec.type === 'object' ? `JSON ${spec.type}` : spec.type}
          errors={errors?.[name]}
        >
          {spec.type === 'boolean' ? (
            <input id={`arg-${name}`} name={name} type="checkbox" className="size-4" />
          ) : (
            <Input
              id={`arg-${name}`}
              name={name}
              type={spec.type === 'integer' || spec.type === 'number' ? 'number' : 'text'}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
