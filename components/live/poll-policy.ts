import { isReady } from '@/lib/readiness/is-ready';
import type { AccountStatus } from '@/lib/scalekit/types';

/** How often the browser asks again while something it shows is not ACTIVE and no push stream is open. */
export const POLL_INTERVAL_MS = 3000;
/** The safety-net interval while the push stream is open (webhooks deliver the changes). */
export const PUSH_FALLBACK_MS = 30_000;
/** The longest wait between tries after repeated failures. */
export const MAX_BACKOFF_MS = 60_000;

/**
 * When the browser asks again for live auth state. Pure, so the rules are tested directly:
 * - every few seconds while something is not ACTIVE (`isReady`, the one definition);
 * - never while the tab is hidden (it catches up on focus);
 * - stop once everything is ACTIVE (or there is nothing to wait for);
 * - after failures, back off exponentially up to a minute;
 * - while the push stream is open, only a slow safety net every 30 s.
 * `minIntervalMs` can only slow polling down (tests that prove the push, not the poll, updated the page).
 */
export function nextPollDelay(o: {
  statuses: readonly (AccountStatus | null)[];
  failureCount: number;
  hidden: boolean;
  pushConnected?: boolean;
  minIntervalMs?: number;
}): number | false {
  if (o.hidden) return false;
  if (o.failureCount > 0) return Math.min(POLL_INTERVAL_MS * 2 ** o.failureCount, MAX_BACKOFF_MS);
  if (isReady(o.statuses)) return false;
  return Math.max(o.pushConnected ? PUSH_FALLBACK_MS : POLL_INTERVAL_MS, o.minIntervalMs ?? 0);
}
