import type { Metadata } from 'next';
import { z } from 'zod';
import { Link } from '@/components/ui/link';
import { RunTimeline } from '@/components/activity/run-timeline';
import { ActivityUnavailable } from '@/components/activity/unavailable-notice';
import { Card, PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { EmptyState } from '@/components/ui/states';
import { agentRunIdField } from '@/lib/activity/filters';
import { isActivityUnavailable, loadAgentRun } from '@/lib/activity/load';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Agent run' };
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ agentRunId: agentRunIdField });

export default async function AgentRunPage({ params }: { params: Promise<{ agentRunId: string }> }) {
  const ctx = await pageContext('activity:read', { params, schema: paramsSchema });
  const id = ctx.params.agentRunId;
  const loaded = await pageLoad(ctx, () => loadAgentRun(ctx.scalekit, id));
  return (
    <>
      <PageHeader
        title={`Agent run ${id}`}
        description={
          <>
            Every tool call of this run, in the order it made them.{' '}
            <Link className="underline" href="/activity">
              Back to activity
            </Link>
          </>
        }
      />
      {!loaded.ok ? (
        isActivityUnavailable(loaded.problem) ? (
          <ActivityUnavailable />
        ) : (
          <ProblemState title="Could not load this run" problem={loaded.problem} />
        )
      ) : loaded.value.calls.length === 0 ? (
        <Card>
          <EmptyState title="No tool calls recorded for this run" />
        </Card>
      ) : (
        <>
          <RunUsers identifiers={[...new Set(loaded.value.calls.map((c) => c.identifier))]} />
          <RunTimeline calls={loaded.value.calls} truncated={loaded.value.truncated} />
        </>
      )}
    </>
  );
}

/** Whom the run acted for: a run is one user's, but the log is per call, so more than one is shown as it is. */
function RunUsers({ identifiers }: { identifiers: string[] }) {
  const named = identifiers.filter(Boolean);
  return (
    <p className="mb-2 text-sm" data-testid="run-user">
      <span className="text-zinc-500">{named.length > 1 ? 'Ran for users ' : 'Ran for '}</span>
      {named.length === 0
        ? 'no user recorded'
        : named.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link
                className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                href={`/users/${encodeURIComponent(id)}`}
              >
                {id}
              </Link>
            </span>
          ))}
    </p>
  );
}
