import { Link } from '@/components/ui/link';
import { Card } from '@/components/ui/card';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { explainToolCall } from '@/lib/activity/explain';
import type { ToolCallLog } from '@/lib/scalekit/activity-types';
import { formatDuration, formatUtc } from './format';
import { OutcomeBadge } from './outcome-badge';

/** A run's calls in order, with each call's offset from the run's first call and its duration as a bar. */
export function RunTimeline({ calls, truncated }: { calls: ToolCallLog[]; truncated: boolean }) {
  const t0 = Date.parse(calls[0]!.startedAt);
  const longest = Math.max(1, ...calls.map((c) => c.durationMs));
  const total = calls.reduce((s, c) => s + c.durationMs, 0);
  const failed = calls.filter((c) => c.status !== 'success').length;
  return (
    <>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        {calls.length} calls, {failed} failed, {formatDuration(total)} spent in tools. Started{' '}
        {formatUtc(calls[0]!.startedAt)}.{truncated && ' Showing the first 500 calls only.'}
      </p>
      <Card>
        <Table>
          <THead>
            <Tr>
              <Th>#</Th>
              <Th>At</Th>
              <Th>Tool</Th>
              <Th>Outcome</Th>
              <Th className="text-right">Duration</Th>
              <Th className="w-1/4">
                <span className="sr-only">Duration bar</span>
              </Th>
              <Th>What happened</Th>
            </Tr>
          </THead>
          <TBody>
            {calls.map((c, i) => (
              <Tr key={c.id} data-testid="run-call">
                <Td className="tabular-nums">{i + 1}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  <Link
                    className="text-indigo-700 hover:underline dark:text-indigo-300"
                    href={`/activity/${encodeURIComponent(c.executionId)}`}
                  >
                    +{formatDuration(Math.max(0, Date.parse(c.startedAt) - t0))}
                  </Link>
                </Td>
                <Td className="font-mono text-xs">{c.toolName}</Td>
                <Td>
                  <OutcomeBadge status={c.status} />
                </Td>
                <Td className="text-right tabular-nums">{formatDuration(c.durationMs)}</Td>
                <Td>
                  <div
                    aria-hidden
                    className={
                      c.status === 'success' ? 'h-2 rounded bg-emerald-500/70' : 'h-2 rounded bg-red-500/70'
                    }
                    style={{ width: `${Math.max(2, (100 * c.durationMs) / longest)}%` }}
                  />
                </Td>
                <Td>{c.status === 'success' ? '' : explainToolCall(c).headline}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
    </>
  );
}
