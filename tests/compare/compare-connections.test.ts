/** Connections x environments: present, missing, or another connector behind the same name. */
import { describe, expect, it } from 'vitest';
import { compareConnections } from '@/lib/compare/compare';
import { cfg, conn, down, env } from './fixtures';

describe('compareConnections', () => {
  it('marks present, missing and another connector, with the configs using each', () => {
    const rows = compareConnections(
      [
        env(
          'development',
          [cfg('eng', { notion: [], gmail: [] }), cfg('mail', { gmail: ['x'] })],
          [conn('gmail'), conn('notion'), conn('files', 'GOOGLEDRIVE')],
        ),
        env(
          'production',
          [cfg('mail', { gmail: [] })],
          [conn('gmail', 'gmail', 'conn_p1'), conn('files', 'ONEDRIVE')],
        ),
      ],
      'development',
    );
    expect(
      rows.map((r) => [r.name, r.provider, r.cells.development.state, r.cells.production.state, r.allSame]),
    ).toEqual([
      ['files', 'GOOGLEDRIVE', 'present', 'other-connector', false],
      ['gmail', 'GMAIL', 'present', 'present', true], // providers compared regardless of case
      ['notion', 'NOTION', 'present', 'missing', false],
    ]);
    expect(rows[1].cells.development.usedBy).toEqual(['eng', 'mail']);
    expect(rows[1].cells.production).toEqual({
      state: 'present',
      id: 'conn_p1',
      provider: 'gmail',
      enabled: true,
      usedBy: ['mail'],
    });
    expect(rows[2].cells.production).toEqual({ state: 'missing', usedBy: [] });
    expect(rows[0].cells.production.provider).toBe('ONEDRIVE');
  });

  it('takes the reference connector from the baseline, else the first environment that has the name', () => {
    const rows = compareConnections(
      [
        env('development', [], [conn('crm', 'HUBSPOT')]),
        env('production', [], [conn('crm', 'SALESFORCE'), conn('extra', 'ZOOM')]),
      ],
      'production',
    );
    expect(rows.map((r) => [r.name, r.reference, r.provider, r.cells.development.state])).toEqual([
      ['crm', 'production', 'SALESFORCE', 'other-connector'],
      ['extra', 'production', 'ZOOM', 'missing'],
    ]);
  });

  it('marks an environment that could not be read as unknown', () => {
    const rows = compareConnections(
      [env('development', [], [conn('gmail')]), down('production')],
      'development',
    );
    expect(rows[0].cells.production).toEqual({ state: 'unknown', usedBy: [] });
    expect(rows[0].allSame).toBe(true);
  });
});
