import type { Metadata } from 'next';
import { CompareSearchForm } from '@/components/compare/compare-search-form';
import { CompareTabs } from '@/components/compare/compare-tabs';
import { ConfigMatrix } from '@/components/compare/config-matrix';
import { ConnectionMatrix } from '@/components/compare/connection-matrix';
import { EnvironmentHeading } from '@/components/compare/environment-heading';
import { MatrixPager } from '@/components/compare/matrix-pager';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { ProblemState } from '@/components/ui/problem-state';
import { EmptyState } from '@/components/ui/states';
import { compareEnvironments } from '@/lib/compare/load';
import { compareSearchSchema, parseSearch, type CompareSearch } from '@/lib/compare/page-params';
import { matrixPage } from '@/lib/compare/view';
import { defaultEnvironment, listEnvironments } from '@/lib/environments';
import { environmentHealth } from '@/lib/environments/health';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { singleValues } from '@/lib/request/search-params';

export const metadata: Metadata = { title: 'Compare environments' };
export const dynamic = 'force-dynamic';

/** The address of this page with some options changed (defaults left out, so links stay short). */
function compareHref(s: CompareSearch & { baseline: string }) {
  const p = new URLSearchParams();
  if (s.tab !== 'configs') p.set('tab', s.tab);
  p.set('baseline', s.baseline);
  if (s.q) p.set('q', s.q);
  if (s.differences) p.set('differences', s.differences);
  if (s.page > 1) p.set('page', String(s.page));
  return `/compare?${p}`;
}

/**
 * Every environment this person may open, side by side: configs and connections matched by name, from each
 * environment's list calls (never a call per config), one bounded page of rows at a time.
 */
export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('configs:read');
  const mine = listEnvironments().filter((e) => ctx.roleIn(e.name));
  const parsed = parseSearch(compareSearchSchema, singleValues(await searchParams));
  const wanted = parsed.ok ? parsed.value.baseline : undefined;
  const problem = !parsed.ok
    ? parsed.message
    : wanted && !mine.some((e) => e.name === wanted)
      ? `baseline: "${wanted}" is not an environment you can open (yours: ${mine.map((e) => e.name).join(', ')})`
      : null;
  const header = (
    <PageHeader
      title="Compare environments"
      description="Configs and connections matched by name across environments, against a baseline."
    />
  );
  if (!parsed.ok || problem)
    return (
      <>
        {header}
        <ProblemState title="This comparison's address is not valid" problem={{ message: problem! }} />
        <p className="mt-4">
          <Link className={buttonClass('secondary')} href="/compare">
            Open the comparison
          </Link>
        </p>
      </>
    );

  const fallback = defaultEnvironment()?.name;
  const baseline = wanted ?? (mine.find((e) => e.name === fallback) ?? mine[0])!.name;
  const search = { ...parsed.value, baseline };
  const [loaded, health] = await Promise.all([
    pageLoad(ctx, () => compareEnvironments({ environments: mine.map((e) => e.name), baseline })),
    Promise.all(mine.map((e) => environmentHealth(e.name))),
  ]);
  if (!loaded.ok)
    return (
      <>
        {header}
        <ProblemState title="Could not compare the environments" problem={loaded.problem} />
      </>
    );
  const c = loaded.value;
  const options = { q: search.q, differences: search.differences === '1', page: search.page };
  const configView = search.tab === 'configs' ? matrixPage(c.configs, options) : null;
  const connectionView = search.tab === 'connections' ? matrixPage(c.connections, options) : null;
  const view = (configView ?? connectionView)!;
  const columns = c.environments.map((e) => ({
    name: e.name,
    heading: (
      <>
        <EnvironmentHeading
          environment={e}
          health={health.find((h) => h.name === e.name)}
          baseline={e.name === c.baseline}
          baselineHref={compareHref({ ...search, baseline: e.name, page: 1 })}
        />
        {search.tab === 'configs' && e.ok && e.name !== c.baseline && (
          <span className="mt-1 block text-xs font-normal" data-testid={`counts-${e.name}`}>
            {c.configCounts[e.name]!.same} same · {c.configCounts[e.name]!.differs} differ ·{' '}
            {c.configCounts[e.name]!.missing} missing
          </span>
        )}
      </>
    ),
  }));
  const noun = search.tab === 'configs' ? 'configs' : 'connections';
  return (
    <>
      {header}
      {mine.length < 2 && (
        <p className="mb-4 text-sm text-zinc-500">
          You can open only one environment, so there is nothing to compare it with.
        </p>
      )}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <CompareTabs
          tab={search.tab}
          hrefOf={(tab) => compareHref({ ...search, tab, page: 1 })}
          counts={{ configs: c.configs.length, connections: c.connections.length }}
        />
        <CompareSearchForm search={search} baseline={baseline} />
      </div>
      <Card>
        {view.rows.length === 0 ? (
          <EmptyState
            title={`No ${noun} match`}
            description={search.q || options.differences ? 'Try another search.' : undefined}
          />
        ) : configView ? (
          <ConfigMatrix rows={configView.rows} columns={columns} baseline={c.baseline} />
        ) : (
          <ConnectionMatrix rows={connectionView!.rows} columns={columns} />
        )}
      </Card>
      <MatrixPager view={view} noun={noun} hrefOf={(page) => compareHref({ ...search, page })} />
    </>
  );
}
