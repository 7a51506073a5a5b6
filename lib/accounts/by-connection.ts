import type { AccountView } from './rows';

/** One row per connection for a user: its account (if any) and every config that maps it. Browser-safe. */
export interface ConnectionCentredRow {
  connectionName: string;
  account: AccountView | null;
  configs: { id: string; name: string }[];
}

/**
 * The connection-centred view of a user: each connection once, however many configs map it (no repeated
 * rows), connections the user has an account for first, then by name; accounts on unmapped connections
 * included with no configs.
 */
export function rowsByConnection(
  configs: { id: string; name: string; mappings: { connectionName: string }[] }[],
  accounts: AccountView[],
): ConnectionCentredRow[] {
  const rows = new Map<string, ConnectionCentredRow>();
  const byName = new Map(accounts.map((a) => [a.connectionName, a]));
  const row = (name: string) => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { connectionName: name, account: byName.get(name) ?? null, configs: [] }));
    return r;
  };
  for (const c of configs) {
    for (const m of c.mappings) {
      const r = row(m.connectionName);
      if (!r.configs.some((x) => x.id === c.id)) r.configs.push({ id: c.id, name: c.name });
    }
  }
  for (const a of accounts) row(a.connectionName);
  return [...rows.values()].sort(
    (a, b) => Number(!a.account) - Number(!b.account) || a.connectionName.localeCompare(b.connectionName),
  );
}
