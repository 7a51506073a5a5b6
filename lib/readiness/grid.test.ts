import { describe, expect, it } from 'vitest';
import { csvCell, gridCsv, queryGrid, type GridSnapshot } from './grid';

const snap: GridSnapshot = {
  configId: 'cfg_1',
  configName: 'email-assistant',
  connections: ['gmail', 'googlecalendar'],
  users: [
    { identifier: 'alice@example.com', statuses: ['ACTIVE', 'ACTIVE'] },
    { identifier: 'bob@example.com', statuses: ['ACTIVE', 'PENDING_AUTH'] },
    { identifier: 'carol@example.com', statuses: ['EXPIRED', 'ACTIVE'] },
    { identifier: 'dave@example.com', statuses: [null, 'DISCONNECTED'] },
  ],
  loadedAt: Date.parse('2026-11-23T10:00:00Z'),
  upstreamCalls: 3,
};
const ids = (p: ReturnType<typeof queryGrid>) => p.rows.map((r) => r.identifier.split('@')[0]);

describe('readiness grid', () => {
  it('filters by readiness, expiry and pending states', () => {
    const q = (filter: Parameters<typeof queryGrid>[1]['filter']) =>
      ids(queryGrid(snap, { filter, page: 1, pageSize: 50 }));
    expect(q('all')).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(q('ready')).toEqual(['alice']);
    expect(q('not-ready')).toEqual(['bob', 'carol', 'dave']);
    expect(q('expired')).toEqual(['carol', 'dave']);
    expect(q('pending')).toEqual(['bob', 'dave']);
  });

  it('counts each status per connection over the whole config', () => {
    const p = queryGrid(snap, { filter: 'ready', page: 1, pageSize: 50 });
    expect(p.counts).toEqual({
      users: 4,
      ready: 1,
      notReady: 3,
      perConnection: [
        { ACTIVE: 2, EXPIRED: 1, NOT_CONNECTED: 1 },
        { ACTIVE: 2, PENDING_AUTH: 1, DISCONNECTED: 1 },
      ],
    });
  });

  it('counts each tab over what the search matches, whatever the filter', () => {
    expect(queryGrid(snap, { filter: 'ready', page: 1, pageSize: 50 }).tabs).toEqual({
      all: 4,
      'not-ready': 3,
      ready: 1,
      expired: 2,
      pending: 2,
    });
    expect(queryGrid(snap, { filter: 'ready', q: 'E@', page: 1, pageSize: 50 }).tabs).toEqual({
      all: 2, // alice and dave
      'not-ready': 1,
      ready: 1,
      expired: 1,
      pending: 1,
    });
  });

  it('pages, clamping an out-of-range page, and searches identifiers', () => {
    expect(ids(queryGrid(snap, { filter: 'all', page: 2, pageSize: 3 }))).toEqual(['dave']);
    const last = queryGrid(snap, { filter: 'all', page: 99, pageSize: 3 });
    expect([last.page, last.pages, ids(last)]).toEqual([2, 2, ['dave']]);
    expect(ids(queryGrid(snap, { filter: 'all', q: 'CAR', page: 1, pageSize: 3 }))).toEqual(['carol']);
  });

  it('exports CSV with a header, and neutralises spreadsheet formulas', () => {
    expect(gridCsv(snap, 'expired').split('\r\n')).toEqual([
      'identifier,gmail,googlecalendar,ready',
      'carol@example.com,EXPIRED,ACTIVE,no',
      'dave@example.com,NOT_CONNECTED,DISCONNECTED,no',
      '',
    ]);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});
