import type { Metadata } from 'next';
import { LiveEvents } from '@/components/live/live-events';
import { Prefetched } from '@/components/live/prefetched';
import { readinessKeys } from '@/components/readiness/queries';
import { ReadinessGrid } from '@/components/readiness/readiness-grid';
import { PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { can } from '@/lib/auth/roles';
import { GRID_PAGE_SIZE, gridViewOf, queryGrid } from '@/lib/readiness/grid';
import { loadReadiness } from '@/lib/readiness/snapshot';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { singleValues } from '@/lib/request/search-params';

export const metadata: Metadata = { title: 'Readiness' };
export const dynamic = 'force-dynamic';

export default async function ReadinessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('users:read');
  const sp = singleValues(await searchParams);
  const configs = await pageLoad(ctx, () => ctx.scalekit.configs.listAll());
  // The grid the URL asks for comes with the page (from the snapshot every viewer shares).
  const view = gridViewOf((k) => sp[k], configs.ok ? (configs.value[0]?.id ?? '') : '');
  const grid =
    configs.ok && view.configId
      ? await pageLoad(ctx, async () =>
          queryGrid(await loadReadiness(ctx.scalekit, view.configId), { ...view, pageSize: GRID_PAGE_SIZE }),
        )
      : null;
  return (
    <>
      <PageHeader
        title="Readiness"
        description="Which users can run an agent on a config today: every mapped connection ACTIVE."
      />
      {configs.ok ? (
        <Prefetched entries={[!!grid?.ok && [readinessKeys.grid(view), grid.value]]}>
          <LiveEvents url="/api/events/stream" />
          <ReadinessGrid
            configs={configs.value.map((c) => ({ id: c.id, name: c.name }))}
            canLinks={can(ctx.role, 'users:links')}
          />
        </Prefetched>
      ) : (
        <ProblemState title="Could not load configs" problem={configs.problem} />
      )}
    </>
  );
}
