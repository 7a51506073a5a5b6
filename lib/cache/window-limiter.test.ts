import { describe, expect, it } from 'vitest';
import { createWindowLimiter } from './window-limiter';

describe('window limiter', () => {
  it('allows the limit per window and per key, then says when to retry', () => {
    let t = 0;
    const l = createWindowLimiter({ limit: 3, windowMs: 60_000, now: () => t });
    expect([1, 2, 3, 4].map(() => l.take('a').ok)).toEqual([true, true, true, false]);
    expect(l.take('b').ok).toBe(true); // keys are independent
    t = 45_000;
    expect(l.take('a')).toEqual({ ok: false, retryAfterS: 15 });
    t = 60_000;
    expect(l.take('a').ok).toBe(true); // a new window
  });
});
