import { Link } from '@/components/ui/link';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { activityHref } from '@/lib/activity/filters';
import { explainToolCall } from '@/lib/activity/explain';
import { connectorLabel } from '@/lib/connectors/display-name';
import type { ToolCallLog } from '@/lib/scalekit/activity-types';
import { formatDuration, formatUtc } from './format';
import { OutcomeBadge } from './outcome-badge';

const link = 'text-indigo-700 hover:underline dark:text-indigo-300';

/** One row per tool call; every row opens its detail, its user and the log of its connection. */
export function ActivityTable({ calls, showUser = true }: { calls: ToolCallLog[]; showUser?: boolean }) {
  return (
    <Table>
      <THead>
        <Tr>
          <Th>Time</Th>
          <Th>Outcome</Th>
          <Th>Tool</Th>
          {showUser && <Th>User</Th>}
          <Th>Connection</Th>
          <Th>Source</Th>
          <Th className="text-right">Duration</Th>
          <Th>What happened</Th>
        </Tr>
      </THead>
      <TBody>
        {calls.map((c) => (
          <Tr key={c.id} data-testid="activity-row">
            <Td className="whitespace-nowrap">
              <Link className={link} href={`/activity/${encodeURIComponent(c.executionId)}`}>
                {formatUtc(c.startedAt)}
              </Link>
            </Td>
            <Td>
              <OutcomeBadge status={c.status} />
            </Td>
            <Td className="font-mono text-xs">{c.toolName}</Td>
            {showUser && (
              <Td>
                {c.identifier ? (
                  <Link className={link} href={`/users/${encodeURIComponent(c.identifier)}`}>
                    {c.identifier}
                  </Link>
                ) : (
                  '–'
                )}
              </Td>
            )}
            <Td>
              {c.connectionName ? (
                <Link className={link} href={activityHref({ connection: c.connectionName })}>
                  {c.connectionName}
                </Link>
              ) : (
                connectorLabel(c.provider)
              )}
            </Td>
            <Td>{c.source ?? '–'}</Td>
            <Td className="text-right tabular-nums">{formatDuration(c.durationMs)}</Td>
            <Td>{c.status === 'success' ? '' : explainToolCall(c).headline}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
