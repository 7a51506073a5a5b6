'use client';

import { Link } from '@/components/ui/link';
import { StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Tabs } from '@/components/ui/tabs';
import { rowsByConnection } from '@/lib/accounts/by-connection';
import type { AccountView } from '@/lib/accounts/rows';

export type AccountsView = 'configs' | 'connections';

/** Switches the user page between one card per config and one row per connection (kept in the URL). */
export function ViewToggle({ view, onChange }: { view: AccountsView; onChange: (v: AccountsView) => void }) {
  return (
    <Tabs
      label="View"
      items={[
        { value: 'configs', label: 'By config' },
        { value: 'connections', label: 'By connection' },
      ]}
      value={view}
      onChange={onChange}
    />
  );
}

/** Each connection once with the user's account and every config it serves: no repeated rows. */
export function ConnectionsView({
  configs,
  accounts,
}: {
  configs: { id: string; name: string; mappings: { connectionName: string }[] }[];
  accounts: AccountView[];
}) {
  const rows = rowsByConnection(configs, accounts);
  if (!rows.length) {
    return (
      <Card>
        <EmptyState title="No connections in any config, and no accounts" />
      </Card>
    );
  }
  return (
    <Card>
      <Table data-testid="user-connections">
        <THead>
          <Tr>
            <Th>Connection</Th>
            <Th>Status</Th>
            <Th>Configs it serves</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.connectionName} data-testid={`by-connection-${r.connectionName}`}>
              <Td>
                <Link
                  className="font-medium hover:underline"
                  href={`/connections/${encodeURIComponent(r.connectionName)}`}
                >
                  {r.connectionName}
                </Link>
              </Td>
              <Td>
                <StatusBadge status={r.account?.status ?? null} />
              </Td>
              <Td>
                {r.configs.length ? (
                  <span className="flex flex-wrap gap-x-2">
                    {r.configs.map((c) => (
                      <Link
                        key={c.id}
                        className="hover:underline"
                        href={`/configs/${encodeURIComponent(c.id)}`}
                      >
                        {c.name}
                      </Link>
                    ))}
                  </span>
                ) : (
                  <span className="text-zinc-500">In no config</span>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
