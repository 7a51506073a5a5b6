/** The loader asks every environment at once, and both lists of one environment at once: no waterfall. */
import { describe, expect, it } from 'vitest';
import { loadComparison, type ListSource } from '@/lib/compare/load';
import { ScalekitError } from '@/lib/scalekit/errors';
import { cfg, conn } from './fixtures';

function slowSource(track: { now: number; max: number }, fail = false): ListSource {
  const call = async <T>(value: T): Promise<T> => {
    track.max = Math.max(track.max, ++track.now);
    await new Promise((r) => setTimeout(r, 50));
    track.now--;
    if (fail) throw new ScalekitError('Cannot reach Scalekit at http://10.0.0.1', 0, 'network');
    return value;
  };
  return {
    configs: { listAll: () => call([cfg('a', { gmail: [] })]) },
    connections: { listAll: () => call([conn('gmail')]) },
  };
}

describe('loadComparison', () => {
  it('loads every environment and both of its lists together', async () => {
    const track = { now: 0, max: 0 };
    const names = ['development', 'staging', 'production'];
    const c = await loadComparison(
      names.map((name) => ({ name, production: false, scalekit: slowSource(track) })),
    );
    expect(track.max).toBe(6);
    expect(c.configs[0].allSame).toBe(true);
  });

  it('reports an environment that fails in words a person can act on, without its internal address', async () => {
    const track = { now: 0, max: 0 };
    const c = await loadComparison([
      { name: 'development', production: false, scalekit: slowSource(track) },
      { name: 'production', production: true, scalekit: slowSource(track, true) },
    ]);
    expect(c.environments[1]).toMatchObject({
      ok: false,
      error: 'Scalekit is not answering; try again shortly',
    });
    expect(c.configs[0].cells.production.state).toBe('unknown');
  });
});
