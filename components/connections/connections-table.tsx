import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ConnectionRow } from '@/lib/connections/overview';
import { configHref, connectionHref } from './connection-links';
import { StatusCountLinks } from './status-counts';

/** Every connection of the environment: what it is, what uses it, and who has an account by status. */
export function ConnectionsTable({ rows }: { rows: ConnectionRow[] }) {
  if (!rows.length) {
    return (
      <Card>
        <EmptyState
          title="No connections in this environment"
          description="Connections are created in the Scalekit dashboard; they appear here once they exist."
        />
      </Card>
    );
  }
  return (
    <Card>
      <Table data-testid="connections-table">
        <THead>
          <Tr>
            <Th>Connection</Th>
            <Th>Type</Th>
            <Th>Status</Th>
            <Th>Tools</Th>
            <Th>Configs</Th>
            <Th>Accounts</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.name}>
              <Td className="whitespace-nowrap">
                <Link className="font-medium hover:underline" href={connectionHref(r.name)}>
                  {r.label}
                </Link>
                <div className="font-mono text-xs text-zinc-500">{r.name}</div>
              </Td>
              <Td>{r.type || '—'}</Td>
              <Td>
                <Badge tone={r.enabled ? 'success' : 'neutral'}>
                  {r.status || (r.enabled ? 'Enabled' : 'Disabled')}
                </Badge>
              </Td>
              <Td className="tabular-nums">{r.tools ?? '—'}</Td>
              <Td>
                {r.configs.length ? (
                  <span className="flex flex-wrap gap-x-2">
                    {r.configs.map((c) => (
                      <Link key={c.id} className="hover:underline" href={configHref(c.id)}>
                        {c.name}
                      </Link>
                    ))}
                  </span>
                ) : (
                  <span className="text-zinc-500">None</span>
                )}
              </Td>
              <Td>
                <StatusCountLinks name={r.name} counts={r.counts} />
                {r.partial && <div className="text-xs text-amber-700">First 20,000 only</div>}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
