/**
 * When the browser asks again for a user's auth state. Pure, so the rules are tested directly:
 * - every few seconds while something is not ACTIVE;
 * - never while the tab is hidden (it catches up on focus);
 * - stop once everything is ACTIVE (or there is nothing to wait for);
 * - after failures, back off exponentially up to a minute;
 * - while the push stream is open (webhooks deliver changes), only a slow safety net every 30 s.
 * `minIntervalMs` can only slow polling down (tests that prove the push, not the poll, updated the page).
 */
export const POLL_INTERVAL_MS = 3000;
export const PUSH_FALLBACK_MS = 30_000;
export const MAX_BACKOFF_MS = 60_000;

export function nextPollDelay(o: {
  statuses: (string | null)[];
  failureCount: number;
  hidden: boolean;
  pushConnected?: boolean;
  minIntervalMs?: number;
}): number | false {
  if (o.hidden) return false;
  if (o.failureCount > 0) return Math.min(POLL_INTERVAL_MS * 2 ** o.failureCount, MAX_BACKOFF_MS);
  if (o.statuses.every((s) => s === 'ACTIVE')) return false;
  return Math.max(o.pushConnected ? PUSH_FALLBACK_MS : POLL_INTERVAL_MS, o.minIntervalMs ?? 0);
}

/** True when polling has stopped because there is nothing left to wait for. */
export const allActive = (statuses: (string | null)[]) => statuses.every((s) => s === 'ACTIVE');
