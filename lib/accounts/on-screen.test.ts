import { describe, expect, it } from 'vitest';
import { isReady } from '@/lib/readiness/is-ready';
import type { AccountView } from './rows';
import { statusesOnScreen, type ConfigSummary } from './on-screen';

const config = (id: string, ...connections: string[]): ConfigSummary => ({
  id,
  name: id,
  mappings: connections.map((connectionName) => ({ connectionName, provider: 'x' })),
});
const account = (connectionName: string, status: AccountView['status']): AccountView => ({
  id: `ca_${connectionName}`,
  connectionName,
  provider: 'x',
  status,
  tokenExpiresAt: null,
  updatedAt: null,
});

describe('statusesOnScreen: the rows the status line speaks for', () => {
  // Mixed states: the chosen config's connections are active, Slack (in no chosen config) is pending.
  const configs = [config('reminders', 'MY_GMAIL', 'MY_CALENDAR'), config('sales', 'slack', 'hubspot')];
  const accounts = [
    account('MY_GMAIL', 'ACTIVE'),
    account('MY_CALENDAR', 'ACTIVE'),
    account('slack', 'PENDING_AUTH'),
  ];

  it('by config: the chosen config is all active, so everything shown is', () => {
    const s = statusesOnScreen({ configs, chosen: 'reminders', byConnection: false, accounts });
    expect(s).toEqual(['ACTIVE', 'ACTIVE']);
    expect(isReady(s)).toBe(true);
  });

  it('by connection: the pending Slack row is on screen too, so not everything is active', () => {
    const s = statusesOnScreen({ configs, chosen: 'reminders', byConnection: true, accounts });
    expect(s).toEqual(['ACTIVE', 'ACTIVE', 'PENDING_AUTH']);
    expect(isReady(s)).toBe(false);
  });

  it('rows that read "Not connected" count as not active, in both views', () => {
    for (const byConnection of [false, true]) {
      const s = statusesOnScreen({ configs, chosen: '', byConnection, accounts });
      expect(s).toContain(null); // hubspot: mapped, no account
      expect(isReady(s)).toBe(false);
    }
  });
});
