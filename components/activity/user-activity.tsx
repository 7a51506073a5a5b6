import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { activityHref } from '@/lib/activity/filters';
import { isActivityUnavailable, loadUserActivity, USER_PANEL_DAYS } from '@/lib/activity/load';
import { can } from '@/lib/auth/roles';
import type { RequestContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { ActivityTable } from './activity-table';

/**
 * The user's recent tool calls and failures, shown beside their connections so an expiry and the failures
 * after it are read together. Renders nothing for a role without activity access or an environment without logs.
 */
export async function UserActivity({ ctx, identifier }: { ctx: RequestContext; identifier: string }) {
  if (!can(ctx.role, 'activity:read')) return null;
  const loaded = await pageLoad(ctx, () => loadUserActivity(ctx.scalekit, identifier));
  if (!loaded.ok) {
    if (isActivityUnavailable(loaded.problem)) return null;
    return (
      <Card className="mt-6">
        <CardHeader title="Agent activity" description={loaded.problem.message} />
      </Card>
    );
  }
  const { recent, failures } = loaded.value;
  const all = activityHref({ user: identifier, range: '7d' });
  const failed = activityHref({ user: identifier, range: '7d', outcome: 'failed' });
  return (
    <section className="mt-6 space-y-4" aria-label="Agent activity">
      <Card data-testid="user-failures">
        <CardHeader
          title="Recent failures"
          description={`${failures.totalSize} of ${recent.totalSize} tool calls failed in the last ${USER_PANEL_DAYS} days`}
          action={
            <Link className="text-sm text-indigo-700 hover:underline dark:text-indigo-300" href={failed}>
              All failures
            </Link>
          }
        />
        {failures.items.length ? (
          <ActivityTable calls={failures.items} showUser={false} />
        ) : (
          <p className="px-5 py-4 text-sm text-zinc-500">No failed calls.</p>
        )}
      </Card>
      <Card>
        <CardHeader
          title="Recent tool calls"
          action={
            <Link className="text-sm text-indigo-700 hover:underline dark:text-indigo-300" href={all}>
              All calls
            </Link>
          }
        />
        {recent.items.length ? (
          <ActivityTable calls={recent.items} showUser={false} />
        ) : (
          <p className="px-5 py-4 text-sm text-zinc-500">No tool calls in the last {USER_PANEL_DAYS} days.</p>
        )}
      </Card>
    </section>
  );
}
