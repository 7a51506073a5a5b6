import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Footer } from '@/components/ui/footer';
import { MAX_DB_TIME_MS } from '@/lib/db/keyset';
import { singleValues } from '@/lib/request/search-params';
import { auditFiltersSchema } from '@/lib/audit/filters';
import { listAudit, listAuditActions } from '@/lib/audit/query';
import { can } from '@/lib/auth/roles';
import { environmentsFor } from '@/lib/environments/roles';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'Audit log' };
export const dynamic = 'force-dynamic';

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user, identity } = await pageContext('audit:read:own');
  const raw = singleValues(await searchParams);
  const all = can(user.role, 'audit:read:all');
  // Bad values are dropped (not an error page); `to` covers the whole day it names.
  const filters = auditFiltersSchema.parse(raw);
  if (filters.to && /^\d{4}-\d{2}-\d{2}$/.test(raw.to ?? ''))
    filters.to = new Date(Math.min(filters.to.getTime() + 86_399_999, MAX_DB_TIME_MS));
  // Support sees only its own entries: enforced here on the server, whatever the URL says.
  if (!all) filters.actor = undefined;
  const [{ entries, nextCursor }, actions] = await Promise.all([
    listAudit(filters, { onlyActor: all ? undefined : user.email }),
    listAuditActions(),
  ]);
  const filtered = Object.entries(raw).some(([k, v]) => k !== 'cursor' && v);
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
        <AuditFilters
          values={raw}
          actions={actions}
          environments={identity ? environmentsFor(identity).map((e) => e.name) : []}
          showActor={all}
        />
      </Card>
      <Card>
        <AuditTable entries={entries} filtered={filtered} />
      </Card>
      <Footer className="mt-4">
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
      </Footer>
    </>
  );
}
