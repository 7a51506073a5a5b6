/** What every server action returns: data, or a message a person can act on (per-field messages, details). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; details?: unknown };
