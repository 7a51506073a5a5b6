import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { listAudit } from '@/lib/audit/query';

type AuditRow = Awaited<ReturnType<typeof listAudit>>['entries'][number];

const OUTCOME_TONE = { success: 'success', failure: 'danger', denied: 'warning' } as const;

export function AuditTable({ entries, filtered }: { entries: AuditRow[]; filtered: boolean }) {
  if (entries.length === 0) {
    return filtered ? (
      <EmptyState
        title="No entries match these filters"
        description="Clear or loosen a filter to see more."
      />
    ) : (
      <EmptyState title="Nothing recorded yet" description="Changes made through the console appear here." />
    );
  }
  return (
    <Table data-testid="audit-log">
      <THead>
        <Tr>
          <Th>When</Th>
          <Th>Who</Th>
          <Th>Action</Th>
          <Th>Target</Th>
          <Th>Summary</Th>
          <Th>Outcome</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((e) => (
          <Tr key={e.id} data-testid="audit-entry">
            <Td className="whitespace-nowrap text-zinc-500">
              <RelativeTime iso={e.at.toISOString()} past />
            </Td>
            <Td>
              {e.actorEmail} <span className="text-xs text-zinc-500">({e.actorRole})</span>
            </Td>
            <Td className="text-xs">
              <span className="font-mono">{e.action}</span>
              {/* Where it happened, under what: a column of its own made the table scroll at laptop widths. */}
              <span className="block text-zinc-500">in {e.environment ?? 'the console'}</span>
            </Td>
            <Td className="max-w-48 truncate font-mono text-xs">{e.target}</Td>
            <Td>
              {e.summary}
              {e.error && <p className="text-xs text-red-600 dark:text-red-400">{e.error}</p>}
            </Td>
            <Td>
              <Badge tone={OUTCOME_TONE[e.outcome]}>{e.outcome}</Badge>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
