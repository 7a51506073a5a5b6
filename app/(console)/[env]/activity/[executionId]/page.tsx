import type { Metadata } from 'next';
import { z } from 'zod';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { CallThrough } from '@/components/activity/call-through';
import { ExplanationCard } from '@/components/activity/explanation-card';
import { formatDuration, formatUtc } from '@/components/activity/format';
import { OutcomeBadge } from '@/components/activity/outcome-badge';
import { ActivityUnavailable } from '@/components/activity/unavailable-notice';
import { Card, PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { explainToolCall, providerName } from '@/lib/activity/explain';
import { activityHref, executionIdField } from '@/lib/activity/filters';
import { isActivityUnavailable, loadExecution } from '@/lib/activity/load';
import { can } from '@/lib/auth/roles';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Tool call' };
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ executionId: executionIdField });

const link = 'text-indigo-700 hover:underline dark:text-indigo-300';

export default async function ExecutionPage({ params }: { params: Promise<{ executionId: string }> }) {
  const ctx = await pageContext('activity:read', { params, schema: paramsSchema });
  const id = ctx.params.executionId;
  const loaded = await pageLoad(ctx, () => loadExecution(ctx.scalekit, id));
  // Not `notFoundOn404`: "activity unavailable" is a 404 upstream too, and is not a missing call.
  if (!loaded.ok && loaded.problem.status === 404 && !isActivityUnavailable(loaded.problem)) notFound();
  if (!loaded.ok)
    return isActivityUnavailable(loaded.problem) ? (
      <ActivityUnavailable />
    ) : (
      <ProblemState title="Could not load this call" problem={loaded.problem} />
    );
  const { call, door } = loaded.value;
  const appName = providerName(call.provider || call.connectionName);
  const rows: [string, React.ReactNode][] = [
    ['Outcome', <OutcomeBadge key="o" status={call.status} />],
    ['Started', formatUtc(call.startedAt)],
    ['Duration', formatDuration(call.durationMs)],
    [
      'User',
      call.identifier ? (
        <Link className={link} href={`/users/${encodeURIComponent(call.identifier)}`}>
          {call.identifier}
        </Link>
      ) : (
        '–'
      ),
    ],
    [
      'Connection',
      call.connectionName ? (
        <Link className={link} href={activityHref({ connection: call.connectionName })}>
          {call.connectionName}
        </Link>
      ) : (
        '–'
      ),
    ],
    ['Provider', call.provider ? appName : '–'],
    ['Came through', <CallThrough key="d" door={door} source={call.source} />],
    ['Tool', <code key="t">{call.toolName}</code>],
    ['Source', call.source ?? '–'],
    [
      'Agent run',
      call.agentRunId ? (
        <Link className={link} href={`/activity/runs/${encodeURIComponent(call.agentRunId)}`}>
          {call.agentRunId}
        </Link>
      ) : (
        '–'
      ),
    ],
    ['Error code', call.errorCode ? <code key="c">{call.errorCode}</code> : '–'],
    ['Error message', call.errorMessage ?? '–'],
    ['Execution id', <code key="e">{call.executionId}</code>],
  ];
  return (
    <>
      <PageHeader
        title={`${call.toolName || 'Tool call'}`}
        description={
          <Link className="underline" href="/activity">
            Back to activity
          </Link>
        }
      />
      {call.status !== 'success' && (
        <ExplanationCard
          explanation={explainToolCall(call)}
          account={
            call.identifier && call.connectionName
              ? { identifier: call.identifier, connectionName: call.connectionName, appName }
              : null
          }
          canLinks={can(ctx.user.role, 'users:links')}
        />
      )}
      <Card>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 px-5 py-4 text-sm sm:grid-cols-[10rem_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-zinc-500">{k}</dt>
              <dd className="break-all">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}
