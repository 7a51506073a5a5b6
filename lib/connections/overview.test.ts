import { describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/scalekit/types';
import {
  connectionRows,
  connectionUsers,
  connectionUsersCsv,
  findConnectionRow,
  type ConnectionsSnapshot,
} from './overview';

const conn = (name: string, provider: string): Connection => ({
  id: `conn_${name}`,
  name,
  provider,
  type: 'OAUTH',
  status: 'COMPLETED',
  enabled: true,
  mcpServerUrl: 'https://secret.example/mcp',
});

const snap: ConnectionsSnapshot = {
  connections: [conn('slack', 'SLACK'), conn('gmail', 'GMAIL'), conn('MY_GMAIL', 'GMAIL')],
  configs: [
    { id: 'cfg_a', name: 'email-assistant', connections: ['gmail', 'slack'] },
    { id: 'cfg_b', name: 'sales', connections: ['slack'] },
  ],
  accounts: {
    gmail: [
      { identifier: 'alice@example.com', status: 'ACTIVE' },
      { identifier: 'carol@example.com', status: 'EXPIRED' },
      { identifier: 'erin@example.com', status: 'EXPIRED' },
      { identifier: 'zed@example.com', status: 'UNKNOWN' },
    ],
    slack: [{ identifier: 'alice@example.com', status: 'ACTIVE' }],
    MY_GMAIL: [],
  },
  partial: ['slack'],
  loadedAt: Date.parse('2026-01-01T00:00:00Z'),
  upstreamCalls: 7,
};

describe('connectionRows', () => {
  it('labels each connection, joins the configs that map it and counts its accounts by status', () => {
    const { rows, totals } = connectionRows(snap, { gmail: 12, slack: null });
    expect(rows.map((r) => r.label)).toEqual(['Gmail', 'Gmail (MY_GMAIL)', 'Slack']);
    const gmail = rows.find((r) => r.name === 'gmail')!;
    expect(gmail).toMatchObject({
      tools: 12,
      accounts: 4,
      counts: { ACTIVE: 1, EXPIRED: 2, UNKNOWN: 1 },
      configs: [{ id: 'cfg_a', name: 'email-assistant' }],
      partial: false,
    });
    const slack = rows.find((r) => r.name === 'slack')!;
    expect(slack.configs.map((c) => c.name)).toEqual(['email-assistant', 'sales']);
    expect(slack).toMatchObject({ tools: null, partial: true });
    expect(rows.find((r) => r.name === 'MY_GMAIL')).toMatchObject({ accounts: 0, counts: {}, configs: [] });
    expect(totals).toEqual({ ACTIVE: 2, EXPIRED: 2, UNKNOWN: 1 });
  });

  it('never carries the connection MCP URL into a row', () => {
    expect(JSON.stringify(connectionRows(snap))).not.toContain('secret.example');
    expect(JSON.stringify(findConnectionRow(snap, 'gmail'))).not.toContain('secret.example');
  });

  it('finds no row for a connection that does not exist', () => {
    expect(findConnectionRow(snap, 'nope')).toBeNull();
  });
});

describe('connectionUsers', () => {
  it('filters by status and search, keeping counts for the whole connection', () => {
    const r = connectionUsers(snap, 'gmail', { status: 'EXPIRED', page: 1, pageSize: 50 });
    expect(r.rows.map((u) => u.identifier)).toEqual(['carol@example.com', 'erin@example.com']);
    expect(r).toMatchObject({ matched: 2, total: 4, counts: { EXPIRED: 2, ACTIVE: 1 } });
    const q = connectionUsers(snap, 'gmail', { status: 'all', q: 'CAROL', page: 1, pageSize: 50 });
    expect(q.rows.map((u) => u.identifier)).toEqual(['carol@example.com']);
  });

  it('pages, clamping a page past the end to the last one', () => {
    const p2 = connectionUsers(snap, 'gmail', { status: 'all', page: 2, pageSize: 3 });
    expect(p2).toMatchObject({ page: 2, pages: 2, rows: [{ identifier: 'zed@example.com' }] });
    expect(connectionUsers(snap, 'gmail', { status: 'all', page: 9, pageSize: 3 }).page).toBe(2);
  });

  it('exports the current filter as CSV, every match, not one page', () => {
    expect(connectionUsersCsv(snap, 'gmail', 'EXPIRED')).toBe(
      'identifier,connection,status\r\ncarol@example.com,gmail,EXPIRED\r\nerin@example.com,gmail,EXPIRED\r\n',
    );
  });
});
