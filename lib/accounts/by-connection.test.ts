import { describe, expect, it } from 'vitest';
import { rowsByConnection } from './by-connection';
import type { AccountView } from './rows';

const account = (connectionName: string, status: AccountView['status']): AccountView => ({
  id: `ca_${connectionName}`,
  connectionName,
  provider: connectionName.toUpperCase(),
  status,
  tokenExpiresAt: null,
  updatedAt: null,
});

describe('rowsByConnection', () => {
  it('lists each connection once with every config it serves, accounts first', () => {
    const configs = [
      { id: 'a', name: 'email', mappings: [{ connectionName: 'gmail' }, { connectionName: 'slack' }] },
      { id: 'b', name: 'sales', mappings: [{ connectionName: 'slack' }, { connectionName: 'hubspot' }] },
      { id: 'c', name: 'ops', mappings: [{ connectionName: 'slack' }] },
    ];
    const rows = rowsByConnection(configs, [account('slack', 'ACTIVE'), account('notion', 'EXPIRED')]);
    expect(rows.map((r) => r.connectionName)).toEqual(['notion', 'slack', 'gmail', 'hubspot']);
    expect(rows.find((r) => r.connectionName === 'slack')!.configs.map((c) => c.name)).toEqual([
      'email',
      'sales',
      'ops',
    ]);
    expect(rows.find((r) => r.connectionName === 'notion')).toMatchObject({
      configs: [],
      account: { status: 'EXPIRED' },
    });
    expect(rows.find((r) => r.connectionName === 'gmail')!.account).toBeNull();
  });
});
