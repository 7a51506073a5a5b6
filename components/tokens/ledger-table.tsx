import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { listLedger } from '@/lib/tokens/ledger';

type LedgerRow = Awaited<ReturnType<typeof listLedger>>['entries'][number];

const COLUMNS = ['When', 'Operator', 'Identifier', 'Config', 'Access', 'Expiry', 'Kind', 'Token id'];

/** Every token minted through the console: who, for whom, which config; the token itself is never stored. */
export function LedgerTable({ entries, filtered }: { entries: LedgerRow[]; filtered: boolean }) {
  if (entries.length === 0) {
    return filtered ? (
      <EmptyState title="No tokens match these filters" description="Clear or loosen a filter to see more." />
    ) : (
      <EmptyState title="No tokens minted yet" />
    );
  }
  return (
    <Table data-testid="ledger">
      <THead>
        <Tr>
          {COLUMNS.map((h) => (
            <Th key={h}>{h}</Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {entries.map((e) => (
          <Tr key={e.id}>
            <Td className="whitespace-nowrap text-zinc-500">
              <RelativeTime iso={e.at.toISOString()} past />
            </Td>
            <Td>{e.operatorEmail}</Td>
            <Td>{e.identifier}</Td>
            <Td className="font-mono text-xs">{e.configName}</Td>
            <Td>
              <Badge tone={e.accessLevel === 'FULL' ? 'info' : 'neutral'}>{e.accessLevel}</Badge>
            </Td>
            <Td>{e.expirySeconds} s</Td>
            <Td>{e.kind}</Td>
            <Td className="max-w-40 truncate font-mono text-xs">{e.tokenId}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
