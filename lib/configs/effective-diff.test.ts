import { describe, expect, it } from 'vitest';
import { effectiveDiff } from './diff';

const draft = (mappings: [string, string[] | 'all'][], description = '') => ({
  description,
  mappings: mappings.map(([connectionName, t]) => ({
    connectionName,
    allTools: t === 'all',
    tools: t === 'all' ? [] : t,
  })),
});
const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}_${i}`);
const hubspot = names('hubspot', 457);
const slack = names('slack', 82);
const catalogs = { hubspot, slack };

describe('effectiveDiff', () => {
  it('counts what agents gain when chosen tools become all tools', () => {
    const d = effectiveDiff(
      draft([['hubspot', hubspot.slice(0, 15)]]),
      draft([['hubspot', 'all']]),
      catalogs,
    );
    expect(d.connections).toHaveLength(1);
    expect(d.connections[0]).toMatchObject({ kind: 'changed', from: 'chosen', to: 'all', nowAllTools: true });
    expect(d.connections[0].gained).toHaveLength(442);
    expect(d.connections[0].lost).toEqual([]);
    expect(d.totals).toMatchObject({ gained: 442, lost: 0, resolved: true });
    expect(d.empty).toBe(false);
  });

  it('counts what agents lose when all tools become one chosen tool', () => {
    const d = effectiveDiff(draft([['slack', 'all']]), draft([['slack', ['slack_3']]]), catalogs);
    expect(d.connections[0]).toMatchObject({ from: 'all', to: 'chosen', gained: [], nowAllTools: false });
    expect(d.connections[0].lost).toHaveLength(81);
    expect(d.connections[0].lost).not.toContain('slack_3');
    expect(d.totals).toMatchObject({ gained: 0, lost: 81 });
  });

  it('counts every catalog tool of a connection added or removed with all tools', () => {
    const d = effectiveDiff(draft([['slack', 'all']]), draft([['hubspot', 'all']]), catalogs);
    expect(d.connections.map((c) => [c.connectionName, c.kind, c.gained.length, c.lost.length])).toEqual([
      ['hubspot', 'added', 457, 0],
      ['slack', 'removed', 0, 82],
    ]);
    expect(d.totals).toMatchObject({ gained: 457, lost: 82 });
  });

  it('flags mapped tools gone from the catalog and does not count them as lost', () => {
    const d = effectiveDiff(
      draft([['slack', ['slack_1', 'slack_retired']]]),
      draft([['slack', ['slack_retired']]]),
      catalogs,
    );
    expect(d.connections[0].goneFromCatalog).toEqual(['slack_retired']);
    expect(d.connections[0].lost).toEqual(['slack_1']);
    expect(d.totals.goneFromCatalog).toBe(1);
    const unchanged = effectiveDiff(
      draft([['slack', ['slack_retired']]]),
      draft([['slack', ['slack_retired']]]),
      catalogs,
    );
    expect(unchanged.connections[0].goneFromCatalog).toEqual(['slack_retired']);
    expect(unchanged.empty).toBe(true);
  });

  it('says the counts are unknown when an all-tools catalog is not loaded, and keeps exact chosen-list changes', () => {
    const d = effectiveDiff(
      draft([
        ['github', ['gh_a', 'gh_b']],
        ['linear', 'all'],
      ]),
      draft([['github', ['gh_b', 'gh_c']]]),
      {},
    );
    const [github, linear] = d.connections;
    expect(github).toMatchObject({ gained: ['gh_c'], lost: ['gh_a'], resolved: true });
    expect(linear).toMatchObject({ kind: 'removed', from: 'all', resolved: false, lost: [] });
    expect(d.totals.resolved).toBe(false);
    expect(d.empty).toBe(false);
  });

  it('reports only the description when tools are the same', () => {
    const d = effectiveDiff(draft([['slack', 'all']], 'a'), draft([['slack', 'all']], 'b'), catalogs);
    expect(d.connections).toEqual([]);
    expect(d.description).toEqual({ from: 'a', to: 'b' });
  });
});
