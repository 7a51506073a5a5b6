import { Suspense } from 'react';
import { OverviewCard } from '@/components/activity/overview-card';
import { RecentProblems } from '@/components/events/recent-problems';
import { Skeleton } from '@/components/ui/states';
import type { EnvironmentInfo } from '@/lib/environments/types';
import { homeHeadline } from '@/lib/home/headline';
import { headlineFigures, loadHomeFigures } from '@/lib/home/figures';
import type { RangeKey } from '@/lib/activity/filters';
import type { RequestContext } from '@/lib/request/context';
import { BackendStatus } from './backend-status';
import { BrokenAccounts } from './broken-accounts';
import { ConfigReadiness } from './config-readiness';
import { EnvironmentHeadline } from './environment-headline';
import { RecentChanges } from './recent-changes';

/**
 * "Is everything alright?": the headline, then the figures it was judged from (backend, readiness per config,
 * accounts to reconnect, problems, activity), all drawn from one load so none can contradict another.
 */
export async function HomeOverview({
  ctx,
  environment,
  range,
}: {
  ctx: RequestContext;
  environment: EnvironmentInfo;
  range: RangeKey;
}) {
  const figures = await loadHomeFigures(ctx, environment.name, range);
  const readiness = figures.readiness.ok ? figures.readiness.value : null;
  const broken = figures.broken.ok ? figures.broken.value : null;
  return (
    <>
      <EnvironmentHeadline headline={homeHeadline(headlineFigures(figures))} />
      <BackendStatus
        environment={environment}
        health={figures.health}
        configs={readiness?.total ?? null}
        connections={broken?.connections ?? null}
        admin={ctx.role === 'admin'}
      />
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <ConfigReadiness readiness={figures.readiness} />
        <BrokenAccounts broken={figures.broken} />
        <Suspense fallback={<Skeleton className="h-48" />}>
          <RecentChanges ctx={ctx} />
        </Suspense>
      </div>
      <RecentProblems figures={figures} />
      <OverviewCard figures={figures} />
    </>
  );
}
