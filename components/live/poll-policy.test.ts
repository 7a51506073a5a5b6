import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, nextPollDelay, POLL_INTERVAL_MS, PUSH_FALLBACK_MS } from './poll-policy';
import { SHARED_READ_MS } from '@/lib/accounts/user-accounts';

const base: Parameters<typeof nextPollDelay>[0] = {
  statuses: ['ACTIVE', 'PENDING_AUTH'],
  failureCount: 0,
  hidden: false,
};

describe('auth-state polling', () => {
  it('polls every interval while something is not ACTIVE', () => {
    expect(nextPollDelay(base)).toBe(POLL_INTERVAL_MS);
    expect(nextPollDelay({ ...base, statuses: [null] })).toBe(POLL_INTERVAL_MS); // not connected yet
    expect(nextPollDelay({ ...base, statuses: ['EXPIRED', 'ACTIVE'] })).toBe(POLL_INTERVAL_MS);
  });

  it('stops once everything is ACTIVE, or when there is nothing to watch', () => {
    expect(nextPollDelay({ ...base, statuses: ['ACTIVE', 'ACTIVE'] })).toBe(false);
    expect(nextPollDelay({ ...base, statuses: [] })).toBe(false);
  });

  it('never polls from a hidden tab', () => {
    expect(nextPollDelay({ ...base, hidden: true })).toBe(false);
    expect(nextPollDelay({ ...base, hidden: true, failureCount: 2 })).toBe(false);
  });

  it('backs off exponentially after failures, capped at a minute', () => {
    const delays = [1, 2, 3, 4, 5, 6, 10].map((failureCount) => nextPollDelay({ ...base, failureCount }));
    expect(delays).toEqual([6000, 12_000, 24_000, 48_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
    // A failure is retried even if the last good answer said everything was ACTIVE: that answer may be stale.
    expect(nextPollDelay({ ...base, statuses: ['ACTIVE'], failureCount: 1 })).toBe(6000);
  });

  it('slows to the 30 s safety net while the push stream is open, and back when it drops', () => {
    expect(nextPollDelay({ ...base, pushConnected: true })).toBe(PUSH_FALLBACK_MS);
    expect(PUSH_FALLBACK_MS).toBe(30_000);
    expect(nextPollDelay({ ...base, pushConnected: false })).toBe(POLL_INTERVAL_MS);
    // Push changes neither the stop rule, the hidden rule nor the back-off after failures.
    expect(nextPollDelay({ ...base, pushConnected: true, statuses: ['ACTIVE'] })).toBe(false);
    expect(nextPollDelay({ ...base, pushConnected: true, hidden: true })).toBe(false);
    expect(nextPollDelay({ ...base, pushConnected: true, failureCount: 1 })).toBe(6000);
  });

  it('lets a minimum interval slow polling down, never speed it up', () => {
    expect(nextPollDelay({ ...base, minIntervalMs: 600_000 })).toBe(600_000);
    expect(nextPollDelay({ ...base, pushConnected: true, minIntervalMs: 600_000 })).toBe(600_000);
    expect(nextPollDelay({ ...base, minIntervalMs: 10 })).toBe(POLL_INTERVAL_MS);
  });
});

describe('the server shares one read per poll interval', () => {
  it('keeps its shared-read window equal to the browser poll interval', () => {
    // One user costs one upstream call per interval however many pages poll: the two must move together.
    expect(SHARED_READ_MS).toBe(POLL_INTERVAL_MS);
  });
});
