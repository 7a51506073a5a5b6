import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters } from '@/components/audit/audit-filters';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { EmptyState } from '@/components/ui/states';
import { auditFiltersSchema, listAudit, listAuditActions } from '@/lib/audit/query';
import { can } from '@/lib/auth/roles';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'Audit log' };
export const dynamic = 'force-dynamic';

const OUTCOME_TONE = { success: 'success', failure: 'danger', denied: 'warning' } as const;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await pageContext('audit:read:own', '/audit');
  const raw = await searchParams;
  const all = can(user.role, 'audit:read:all');
  // Bad values are dropped (not an error page); `to` covers the whole day it names.
  const filters = auditFiltersSchema.parse(raw);
  if (filters.to && /^\d{4}-\d{2}-\d{2}$/.test(raw.to ?? ''))
    filters.to = new Date(filters.to.getTime() + 86_399_999);
  // Support sees only its own entries: enforced here on the server, whatever the URL says.
  if (!all) filters.actor = user.email;
  const [{ entries, nextCursor }, actions] = await Promise.all([listAudit(filters), listAuditActions()]);
  const keep = new URLSearchParams(
    Object.entries(raw).filter(([k, v]) => k !== 'cursor' && v) as [string, string][],
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description={
          all ? 'Every change made through the console, newest first.' : 'Your own actions, newest first.'
        }
      />
      <Card className="mb-4 p-4">
        <AuditFilters values={raw} actions={actions} showActor={all} />
      </Card>
      <Card className="overflow-x-auto">
        {entries.length === 0 ? (
          <EmptyState title="No entries" description="Nothing matches these filters yet." />
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800">
              <tr>
                <th className="px-4 py-3 font-medium">When</th>
                <th className="px-4 py-3 font-medium">Who</th>
                <th className="px-4 py-3 font-medium">Action</th>
                <th className="px-4 py-3 font-medium">Target</th>
                <th className="px-4 py-3 font-medium">Summary</th>
                <th className="px-4 py-3 font-medium">Outcome</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-4 py-3 text-zinc-500">
                    <RelativeTime iso={e.at.toISOString()} past />
                  </td>
                  <td className="px-4 py-3">
                    {e.actorEmail} <span className="text-xs text-zinc-500">({e.actorRole})</span>
                  </td>
                  <td className="px-4 py-3 font-mono text-xs">{e.action}</td>
                  <td className="max-w-48 truncate px-4 py-3 font-mono text-xs">{e.target}</td>
                  <td className="px-4 py-3">
                    {e.summary}
                    {e.error && <p className="text-xs text-red-600 dark:text-red-400">{e.error}</p>}
                  </td>
                  <td className="px-4 py-3">
                    <Badge tone={OUTCOME_TONE[e.outcome]}>{e.outcome}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <div className="mt-4 flex justify-end gap-2">
        {raw.cursor && (
          <Link className={buttonClass('secondary')} href={`/audit?${keep}`}>
            Newest
          </Link>
        )}
        {nextCursor && (
          <Link
            className={buttonClass('secondary')}
            href={`/audit?${new URLSearchParams({ ...Object.fromEntries(keep), cursor: nextCursor })}`}
          >
            Older
          </Link>
        )}
      </div>
    </>
  );
}
