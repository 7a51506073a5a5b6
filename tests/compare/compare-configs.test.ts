/** Configs x environments: same, differs, missing, compared on the editable part with tools normalized. */
import { describe, expect, it } from 'vitest';
import { compareConfigs, compareEnvironmentLists } from '@/lib/compare/compare';
import { cfg, conn, down, env } from './fixtures';

const CONNS = [conn('gmail'), conn('slack'), conn('notion')];

describe('compareConfigs', () => {
  it('matches configs by name, not id, and marks same, differs and missing against the baseline', () => {
    const rows = compareConfigs(
      [
        env(
          'development',
          [cfg('a', { gmail: ['x', 'y'] }, 'A', 'cfg_1'), cfg('b', { slack: [] }, '', 'cfg_2')],
          CONNS,
        ),
        env(
          'production',
          [cfg('a', { gmail: ['y', 'x', 'x'] }, ' A ', 'cfg_9'), cfg('c', { gmail: [] }, '', 'cfg_8')],
          CONNS,
        ),
      ],
      'development',
    );
    expect(
      rows.map((r) => [r.name, r.reference, r.cells.development.state, r.cells.production.state]),
    ).toEqual([
      ['a', 'development', 'same', 'same'], // tools reordered, duplicated, description padded: the same config
      ['b', 'development', 'same', 'missing'],
      ['c', 'production', 'missing', 'same'], // not in the baseline: compared with where it is
    ]);
    expect(rows[0].cells.production.id).toBe('cfg_9');
    expect(rows[0].allSame).toBe(true);
    expect(rows[1].allSame).toBe(false);
  });

  it('sees a different description, tool set or mapping as a different version', () => {
    const base = cfg('a', { gmail: ['x'], slack: [] }, 'A');
    const rows = compareConfigs(
      [
        env('development', [base], CONNS),
        env('staging', [cfg('a', { gmail: ['x'], slack: [] }, 'B')], CONNS),
        env('production', [cfg('a', { gmail: ['x', 'z'], slack: [] }, 'A')], CONNS),
        env('qa', [cfg('a', { gmail: [], slack: [] }, 'A')], CONNS),
      ],
      'development',
    );
    const cells = rows[0].cells;
    expect(Object.values(cells).map((c) => c.state)).toEqual(['same', 'differs', 'differs', 'differs']);
    expect(Object.values(cells).map((c) => c.variant)).toEqual([0, 1, 2, 3]);
    // The snapshot rides along, so the effective-tool diff needs no further call.
    expect(cells.production.snapshot?.mappings.find((m) => m.connectionName === 'gmail')?.tools).toEqual([
      'x',
      'z',
    ]);
    expect(cells.qa.snapshot?.mappings.find((m) => m.connectionName === 'gmail')?.allTools).toBe(true);
  });

  it('gives equal versions the same letter', () => {
    const rows = compareConfigs(
      [
        env('development', [cfg('a', { gmail: ['x'] })], CONNS),
        env('staging', [cfg('a', { gmail: ['y'] })], CONNS),
        env('production', [cfg('a', { gmail: ['y'] })], CONNS),
      ],
      'development',
    );
    expect(Object.values(rows[0].cells).map((c) => [c.state, c.variant])).toEqual([
      ['same', 0],
      ['differs', 1],
      ['differs', 1],
    ]);
    expect(rows[0].cells.staging.hash).toBe(rows[0].cells.production.hash);
  });

  it('compares with another baseline when asked', () => {
    const rows = compareConfigs(
      [
        env('development', [cfg('a', { gmail: ['x'] })], CONNS),
        env('production', [cfg('a', { gmail: ['y'] })], CONNS),
      ],
      'production',
    );
    expect(rows[0].reference).toBe('production');
    expect(rows[0].cells.production.state).toBe('same');
    expect(rows[0].cells.development.state).toBe('differs');
  });

  it("names the reference's connections an environment lacks or backs with another connector", () => {
    const rows = compareConfigs(
      [
        env('development', [cfg('eng', { gmail: [], notion: ['n'], slack: [] })], CONNS),
        env('production', [], [conn('gmail'), conn('slack', 'TEAMS')]),
      ],
      'development',
    );
    expect(rows[0].cells.production).toEqual({
      state: 'missing',
      blockers: [
        { connection: 'notion', problem: 'missing' },
        { connection: 'slack', problem: 'other-connector' },
      ],
    });
    expect(rows[0].cells.development.blockers).toBeUndefined();
  });

  it('marks an environment that could not be read as unknown, and still compares the others', () => {
    const rows = compareConfigs(
      [
        down('development'),
        env('staging', [cfg('a', { gmail: ['x'] })], CONNS),
        env('production', [cfg('a', { gmail: ['x'] })], CONNS),
      ],
      'development',
    );
    expect(rows[0].reference).toBe('staging');
    expect(Object.entries(rows[0].cells).map(([k, c]) => [k, c.state])).toEqual([
      ['development', 'unknown'],
      ['staging', 'same'],
      ['production', 'same'],
    ]);
    expect(rows[0].allSame).toBe(true);
  });
});

describe('compareEnvironmentLists', () => {
  it('describes each column, counts each state, defaults the baseline to the first column', () => {
    const c = compareEnvironmentLists(
      [
        env(
          'development',
          [cfg('a', { gmail: ['x'] }), cfg('b', { gmail: [] }), cfg('c', { slack: [] })],
          CONNS,
        ),
        env('production', [cfg('a', { gmail: ['y'] }), cfg('b', { gmail: [] })], [conn('gmail')]),
        down('staging', 'Scalekit is not answering; try again shortly'),
      ],
      { now: () => Date.parse('2026-01-05T09:00:00Z'), baseline: 'nope' },
    );
    expect(c.baseline).toBe('development');
    expect(c.environments).toEqual([
      { name: 'development', production: false, ok: true, configCount: 3, connectionCount: 3 },
      { name: 'production', production: true, ok: true, configCount: 2, connectionCount: 1 },
      {
        name: 'staging',
        production: false,
        ok: false,
        error: 'Scalekit is not answering; try again shortly',
        configCount: 0,
        connectionCount: 0,
      },
    ]);
    expect(c.configCounts).toEqual({
      development: { same: 3, differs: 0, missing: 0 },
      production: { same: 1, differs: 1, missing: 1 },
      staging: { same: 0, differs: 0, missing: 0 },
    });
    expect(c.loadedAt).toBe('2026-01-05T09:00:00.000Z');
  });
});
