/**
 * When the browser asks again for a user's auth state. Pure, so the rules are tested directly:
 * - every few seconds while something is not ACTIVE;
 * - never while the tab is hidden (it catches up on focus);
 * - stop once everything is ACTIVE (or there is nothing to wait for);
 * - after failures, back off exponentially up to a minute.
 */
export const POLL_INTERVAL_MS = 3000;
export const MAX_BACKOFF_MS = 60_000;

export function nextPollDelay(o: {
  statuses: (string | null)[];
  failureCount: number;
  hidden: boolean;
}): number | false {
  if (o.hidden) return false;
  if (o.failureCount > 0) return Math.min(POLL_INTERVAL_MS * 2 ** o.failureCount, MAX_BACKOFF_MS);
  if (o.statuses.every((s) => s === 'ACTIVE')) return false;
  return POLL_INTERVAL_MS;
}

/** True when polling has stopped because there is nothing left to wait for. */
export const allActive = (statuses: (string | null)[]) => statuses.every((s) => s === 'ACTIVE');
