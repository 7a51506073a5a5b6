import type { AccountStatus, ConnectedAccount } from '@/lib/scalekit/types';

/** What a user page and the connect page show per mapped connection; safe for the browser. */
export interface AccountView {
  id: string;
  connectionName: string;
  provider: string;
  status: AccountStatus | null;
  tokenExpiresAt: string | null;
  updatedAt: string | null;
}

export interface ConnectionRow {
  connectionName: string;
  provider: string;
  account: AccountView | null; // null: not connected yet
}

export const toAccountView = (a: ConnectedAccount): AccountView => ({
  id: a.id,
  connectionName: a.connectionName,
  provider: a.provider,
  status: a.status,
  tokenExpiresAt: a.tokenExpiresAt,
  updatedAt: a.updatedAt,
});

/** One row per mapped connection, in the config's order, joined with the user's accounts by name. */
export function rowsForConfig(
  mappings: { connectionName: string; provider: string }[],
  accounts: AccountView[],
): ConnectionRow[] {
  const byName = new Map(accounts.map((a) => [a.connectionName, a]));
  return mappings.map((m) => ({
    connectionName: m.connectionName,
    provider: m.provider,
    account: byName.get(m.connectionName) ?? null,
  }));
}

export const statusOf = (row: ConnectionRow) => row.account?.status ?? null;
