import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { listAudit } from '@/lib/audit/query';
import { can } from '@/lib/auth/roles';
import type { RequestContext } from '@/lib/request/context';

const SHOWN = 5;

/** The latest audit entries (support: its own, as on the audit page), each a link to the filtered log. */
export async function RecentChanges({ ctx }: { ctx: RequestContext }) {
  const all = can(ctx.role, 'audit:read:all');
  const email = ctx.user?.email;
  // Support reads only its own entries; with no signed-in email there is nothing it may read.
  const loaded =
    all || email
      ? await listAudit(
          { ...(all ? {} : { actor: email }), environment: ctx.environment?.name },
          { limit: SHOWN },
        ).catch(() => null)
      : { entries: [] };
  return (
    <Card data-testid="home-recent-changes">
      <CardHeader
        title="Recent changes"
        description={all ? 'Made through the console' : 'Your own actions'}
        action={
          <Link className="text-sm text-indigo-600 hover:underline dark:text-indigo-400" href="/audit">
            Audit log
          </Link>
        }
      />
      {!loaded ? (
        <p className="px-5 py-4 text-sm text-red-600 dark:text-red-400">Could not read the audit log.</p>
      ) : !loaded.entries.length ? (
        <p className="px-5 py-4 text-sm text-zinc-500">No changes yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 px-5 text-sm dark:divide-zinc-800">
          {loaded.entries.map((e) => (
            <li key={e.id}>
              <Link
                href={`/audit?${new URLSearchParams({ action: e.action, ...(e.target ? { target: e.target } : {}) })}`}
                className="flex flex-wrap items-center justify-between gap-2 py-2 hover:underline"
              >
                <span>
                  <span className="font-medium">{e.action}</span>{' '}
                  <span className="text-zinc-500">{e.target}</span>
                </span>
                <span className="flex items-center gap-2 text-xs text-zinc-500">
                  {e.outcome !== 'success' && <Badge tone="danger">{e.outcome}</Badge>}
                  <RelativeTime iso={e.at.toISOString()} past />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
