import type { Metadata } from 'next';
import { ConnectionsTable } from '@/components/connections/connections-table';
import { PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { connectionRows } from '@/lib/connections/overview';
import { loadConnections, loadToolCounts } from '@/lib/connections/snapshot';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Connections' };
export const dynamic = 'force-dynamic';

export default async function ConnectionsPage() {
  const ctx = await pageContext('users:read');
  const loaded = await pageLoad(ctx, async () => {
    const snap = await loadConnections(ctx.scalekit);
    return connectionRows(
      snap,
      await loadToolCounts(
        ctx.scalekit,
        snap.connections.map((c) => c.name),
      ),
    );
  });
  return (
    <>
      <PageHeader
        title="Connections"
        description="The environment's connections, the configs that map them, and their users' accounts by status."
      />
      {loaded.ok ? (
        <ConnectionsTable rows={loaded.value.rows} />
      ) : (
        <ProblemState title="Could not load connections" problem={loaded.problem} />
      )}
    </>
  );
}
