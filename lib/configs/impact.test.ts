import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '@/lib/scalekit/types';
import { countImpact } from './impact';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3600_000);

const user = (identifier: string, statuses: (AccountStatus | null)[]) => ({ identifier, statuses });
const readiness = {
  connections: ['gmail', 'slack'],
  users: [
    user('alice', ['ACTIVE', 'ACTIVE']),
    user('bob', ['ACTIVE', 'ACTIVE']),
    user('carol', ['ACTIVE', 'EXPIRED']),
    user('dave', ['ACTIVE', null]),
  ],
};

describe('countImpact', () => {
  it('counts ready users who have not authorized a connection the change adds', () => {
    const impact = countImpact({
      readiness,
      added: {
        hubspot: new Map([
          ['alice', 'ACTIVE' as const],
          ['carol', 'PENDING_AUTH' as const],
        ]),
      },
      mints: [],
      now: NOW,
    });
    // bob is ready today and has no hubspot account; carol and dave are not ready today either way.
    expect(impact).toEqual({ users: 4, readyNow: 2, wouldStopBeingReady: 1, recentTokens: 0 });
  });

  it('needs ACTIVE on every added connection, and counts nobody when nothing is added', () => {
    const two = countImpact({
      readiness,
      added: {
        hubspot: new Map([
          ['alice', 'ACTIVE' as const],
          ['bob', 'ACTIVE' as const],
        ]),
        jira: new Map([
          ['alice', 'ACTIVE' as const],
          ['bob', 'EXPIRED' as const],
        ]),
      },
      mints: [],
      now: NOW,
    });
    expect(two.wouldStopBeingReady).toBe(1);
    expect(countImpact({ readiness, added: {}, mints: [], now: NOW }).wouldStopBeingReady).toBe(0);
  });

  it('counts tokens minted in the last 24 hours that have not expired', () => {
    const impact = countImpact({
      readiness,
      added: {},
      mints: [
        { identifier: 'alice', at: hoursAgo(1), expiresAt: hoursAgo(-1) },
        { identifier: 'bob', at: hoursAgo(23), expiresAt: hoursAgo(-100) },
        { identifier: 'bob', at: hoursAgo(2), expiresAt: hoursAgo(1) }, // expired
        { identifier: 'carol', at: hoursAgo(30), expiresAt: hoursAgo(-10) }, // not recent
      ],
      now: NOW,
    });
    expect(impact.recentTokens).toBe(2);
    expect(impact.instances).toBeUndefined();
  });
});
