/** One health probe, classified: answering, slow above the threshold, failing (an error or no answer in time). */
import { describe, expect, it } from 'vitest';
import { probeHealth } from '@/lib/environments/health';

const OPTS = { timeoutMs: 200, slowMs: 50 };
const after = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('probeHealth', () => {
  it('is answering under the threshold, slow above it', async () => {
    const fast = await probeHealth('development', async () => ({ ok: true, latencyMs: 12 }), OPTS);
    expect(fast).toMatchObject({ name: 'development', state: 'answering', latencyMs: 12 });
    expect(fast.error).toBeUndefined();
    expect(Date.parse(fast.checkedAt)).toBeGreaterThan(Date.now() - 5_000);
    const slow = await probeHealth('development', async () => ({ ok: true, latencyMs: 51 }), OPTS);
    expect(slow.state).toBe('slow');
  });

  it('is failing with the reason when the call fails, or throws', async () => {
    const failed = await probeHealth(
      'production',
      async () => ({ ok: false, latencyMs: 3, error: 'Scalekit answered 401' }),
      OPTS,
    );
    expect(failed).toMatchObject({ state: 'failing', error: 'Scalekit answered 401', latencyMs: 3 });
    const detailed = await probeHealth(
      'production',
      async () => ({
        ok: false,
        latencyMs: 3,
        error: 'Scalekit is not answering',
        detail: 'ECONNREFUSED 10.0.0.7',
      }),
      OPTS,
    );
    expect(detailed).toMatchObject({ error: 'Scalekit is not answering', detail: 'ECONNREFUSED 10.0.0.7' });
    const threw = await probeHealth('production', () => Promise.reject(new Error('boom')), OPTS);
    expect(threw).toMatchObject({ state: 'failing', error: 'boom' });
  });

  it('gives up at the deadline: failing, however long the call would have taken', async () => {
    const started = Date.now();
    const r = await probeHealth('production', () => after(5_000, { ok: true, latencyMs: 5_000 }), OPTS);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(r).toMatchObject({ state: 'failing', latencyMs: 200, error: 'did not answer within 0.2 s' });
  });
});
