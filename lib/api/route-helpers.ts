import 'server-only';
import type { z } from 'zod';
import { ScalekitError } from '@/lib/scalekit';

/** Parses query parameters with zod; on failure a 400 that names each field to fix. */
export function parseQuery<S extends z.ZodType>(url: string, schema: S): z.infer<S> | Response {
  const parsed = schema.safeParse(Object.fromEntries(new URL(url).searchParams));
  if (parsed.success) return parsed.data;
  return Response.json(
    { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') },
    { status: 400 },
  );
}

/** Upstream failures become JSON errors a person can act on; nothing else leaks. */
export function errorResponse(err: unknown): Response {
  if (err instanceof ScalekitError) {
    const status = err.status >= 400 && err.status < 500 ? err.status : 502;
    return Response.json({ error: err.message }, { status });
  }
  console.error('route handler failed:', err);
  return Response.json({ error: 'Something went wrong; try again' }, { status: 500 });
}
