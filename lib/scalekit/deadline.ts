/**
 * The time a person waits for one action, however many calls and tries are inside: server actions, route
 * handlers and page loads run under `withDeadline` (lib/request/), and every call through the client takes its
 * timeouts, retries and backoff from what is left. A call made outside any deadline gets one of its own, and so
 * does work an action leaves running once it has answered (a stream, a background refresh): the deadline ends
 * with the action.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The longest a person waits for one action. */
export const ACTION_DEADLINE_MS = 15_000;

const store = new AsyncLocalStorage<{ at: number | undefined }>();

/** Runs `fn` with a deadline `ms` from now, or within an earlier one already running. */
export function withDeadline<T>(ms: number, fn: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  const at = now() + ms;
  const outer = store.getStore()?.at;
  if (outer !== undefined && outer <= at) return fn();
  const scope = { at: at as number | undefined };
  return store.run(scope, fn).finally(() => (scope.at = undefined));
}

/** The current deadline (epoch ms), or undefined outside any. */
export const currentDeadline = (): number | undefined => store.getStore()?.at;
