import { describe, expect, it } from 'vitest';
import { isBroken, isPending, isReady } from './is-ready';

describe('isReady', () => {
  it('is true only when every connection is ACTIVE', () => {
    expect(isReady(['ACTIVE', 'ACTIVE'])).toBe(true);
    expect(isReady(['ACTIVE', 'EXPIRED'])).toBe(false);
    expect(isReady(['ACTIVE', null])).toBe(false);
    expect(isReady([undefined])).toBe(false);
  });

  it('treats a config with no mapped connections as ready: nothing to authorize', () => {
    expect(isReady([])).toBe(true);
  });

  it('sorts statuses into pending and broken', () => {
    expect([null, 'PENDING_AUTH', 'PENDING_VERIFICATION'].every((s) => isPending(s as never))).toBe(true);
    expect(isPending('ACTIVE')).toBe(false);
    expect(isBroken('EXPIRED') && isBroken('DISCONNECTED')).toBe(true);
    expect(isBroken(null)).toBe(false);
  });
});
