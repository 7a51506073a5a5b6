/** What every server action returns: data, or a message a person can act on (and per-field messages). */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };
