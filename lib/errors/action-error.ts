/**
 * A refusal a person can act on, thrown by feature code and shown as is. Browser-safe and dependency-free, so
 * pure modules (schemas, argument checks) can throw it too. Recognized by `isActionError` (its `name`), never by
 * `instanceof`: Next.js may load this module in more than one graph.
 */
export class ActionError extends Error {
  readonly status: number;
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly details?: unknown, // structured data for the UI, e.g. the other side of a conflict
    status = 400,
  ) {
    super(message);
    this.name = 'ActionError';
    this.status = status;
  }
}

export function isActionError(err: unknown): err is ActionError {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'ActionError';
}
