import { describe, expect, it } from 'vitest';
import { createCoalescingCache } from './coalescing-cache';

function setup(ttlMs = 1000, max?: number) {
  let t = 0;
  const cache = createCoalescingCache<string>({ ttlMs, max, now: () => t });
  let calls = 0;
  const load =
    (v = 'v') =>
    async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return `${v}${calls}`;
    };
  return { cache, load, calls: () => calls, advance: (ms: number) => (t += ms) };
}

describe('coalescing cache', () => {
  it('runs the loader once for concurrent callers', async () => {
    const s = setup();
    const results = await Promise.all(Array.from({ length: 50 }, () => s.cache.get('k', s.load())));
    expect(s.calls()).toBe(1);
    expect(new Set(results.map((r) => r.value))).toEqual(new Set(['v1']));
  });

  it('serves a fresh result without loading, and reloads after the TTL', async () => {
    const s = setup(1000);
    await s.cache.get('k', s.load());
    s.advance(999);
    expect((await s.cache.get('k', s.load())).value).toBe('v1');
    s.advance(1);
    expect((await s.cache.get('k', s.load())).value).toBe('v2');
    expect(s.calls()).toBe(2);
  });

  it('keeps a failure only briefly, so recovery shows at the next poll', async () => {
    const s = setup(30_000);
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error('upstream down');
    };
    await expect(s.cache.get('k', failing)).rejects.toThrow('upstream down');
    await expect(s.cache.get('k', failing)).rejects.toThrow('upstream down'); // shared, not hammered
    expect(calls).toBe(1);
    s.advance(1_000); // one second, far inside the 30 s TTL: upstream is asked again
    expect((await s.cache.get('k', s.load())).value).toBe('v1');
    s.advance(29_000);
    expect((await s.cache.get('k', s.load())).value).toBe('v1'); // a success keeps the full TTL
  });

  it('a refresh (shorter max age) reloads an old entry once, however many ask at the same time', async () => {
    const s = setup(30_000);
    await s.cache.get('k', s.load());
    s.advance(2_000);
    expect((await s.cache.get('k', s.load(), 5_000)).value).toBe('v1'); // younger than 5 s: reused
    s.advance(3_000);
    const all = await Promise.all(Array.from({ length: 20 }, () => s.cache.get('k', s.load(), 5_000)));
    expect(new Set(all.map((r) => r.value))).toEqual(new Set(['v2']));
    expect(s.calls()).toBe(2);
  });

  it('invalidates one key or a prefix', async () => {
    const s = setup();
    await s.cache.get('user:a', s.load());
    await s.cache.get('user:b', s.load());
    await s.cache.get('grid:x', s.load());
    s.cache.invalidate('user:a');
    expect((await s.cache.get('user:a', s.load())).value).toBe('v4');
    s.cache.invalidatePrefix('user:');
    expect((await s.cache.get('user:b', s.load())).value).toBe('v5');
    expect((await s.cache.get('grid:x', s.load())).value).toBe('v3'); // untouched
  });

  it('stays bounded, dropping the oldest entries', async () => {
    const s = setup(1000, 3);
    for (const k of ['a', 'b', 'c', 'd']) await s.cache.get(k, s.load());
    expect(s.cache.size()).toBe(3);
    await s.cache.get('a', s.load());
    expect(s.calls()).toBe(5); // 'a' was dropped and loaded again
  });
});
