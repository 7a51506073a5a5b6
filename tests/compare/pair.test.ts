/** One config between two environments, from their lists: the per-connection diff, or which side lacks it. */
import { describe, expect, it } from 'vitest';
import { configPair, connectionsThatDiffer } from '@/lib/compare/pair';
import { cfg, conn, down, env } from './fixtures';

const CONNS = [conn('gmail'), conn('slack'), conn('notion')];
const dev = env(
  'development',
  [
    cfg('mail', { gmail: ['fetch', 'send', 'read'], slack: ['post'] }, 'Mail', 'cfg_d1'),
    cfg('same', { gmail: ['fetch'] }, '', 'cfg_d2'),
    cfg('eng', { notion: ['search'], gmail: ['fetch'] }, '', 'cfg_d3'),
  ],
  CONNS,
);
const prod = env(
  'production',
  [
    cfg('mail', { gmail: ['fetch'], slack: ['post'] }, 'Mail', 'cfg_p1'),
    cfg('same', { gmail: ['fetch'] }, '', 'cfg_p2'),
  ],
  [conn('gmail'), conn('slack')],
);

describe('configPair', () => {
  it('gives the effective-tool diff per connection when both environments have the config', () => {
    const p = configPair('mail', dev, prod)!;
    expect(p.from).toMatchObject({ environment: 'development', state: 'present', id: 'cfg_d1' });
    expect(p.to).toMatchObject({
      environment: 'production',
      state: 'present',
      id: 'cfg_p1',
      production: true,
    });
    expect(p.identical).toBe(false);
    expect(p.diff!.connections).toEqual([
      expect.objectContaining({
        connectionName: 'gmail',
        kind: 'changed',
        lost: ['read', 'send'],
        gained: [],
      }),
    ]);
    expect(p.diff!.totals).toMatchObject({ gained: 0, lost: 2 });
    // Swapped, the same change the other way round.
    expect(configPair('mail', prod, dev)!.diff!.totals).toMatchObject({ gained: 2, lost: 0 });
  });

  it('resolves "all tools" with the catalogs it is given', () => {
    const all = env('staging', [cfg('mail', { gmail: [], slack: ['post'] }, 'Mail')], CONNS);
    expect(configPair('mail', prod, all)!.diff!.totals.resolved).toBe(false);
    const p = configPair('mail', prod, all, { gmail: ['fetch', 'send', 'list'] })!;
    expect(p.diff!.connections[0]).toMatchObject({
      connectionName: 'gmail',
      gained: ['list', 'send'],
      resolved: true,
    });
  });

  it('says two equal versions are the same', () => {
    const p = configPair('same', dev, prod)!;
    expect(p.identical).toBe(true);
    expect(p.diff!.empty).toBe(true);
  });

  it('names the side that lacks the config and the connections it would need', () => {
    const p = configPair('eng', dev, prod)!;
    expect(p.to.state).toBe('missing');
    expect(p.diff).toBeNull();
    expect(p.blockers).toEqual([{ connection: 'notion', problem: 'missing' }]);
    expect(configPair('eng', prod, dev)!.from.state).toBe('missing');
  });

  it('keeps going when an environment cannot be read, and is null when neither has the config', () => {
    const p = configPair('mail', dev, down('production'))!;
    expect(p.to).toMatchObject({ state: 'unknown', error: 'Scalekit is not answering; try again shortly' });
    expect(p.diff).toBeNull();
    expect(configPair('nope', dev, prod)).toBeNull();
  });
});

describe('connectionsThatDiffer', () => {
  it('lists only the connections whose mapping is not the same on both sides', () => {
    const a = {
      description: '',
      mappings: [
        { connectionName: 'gmail', allTools: false, tools: ['a'] },
        { connectionName: 'slack', allTools: true, tools: [] },
      ],
    };
    const b = {
      description: 'x',
      mappings: [
        { connectionName: 'gmail', allTools: false, tools: ['a'] },
        { connectionName: 'slack', allTools: false, tools: ['p'] },
        { connectionName: 'notion', allTools: true, tools: [] },
      ],
    };
    expect(connectionsThatDiffer(a, b)).toEqual(['notion', 'slack']);
  });
});
