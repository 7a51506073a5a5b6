import { Suspense } from 'react';
import { RecentProblems } from '@/components/events/recent-problems';
import { OverviewCard } from '@/components/activity/overview-card';
import { BackendStatus } from '@/components/home/backend-status';
import { HomeOverview } from '@/components/home/home-overview';
import { PageHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/states';
import { pageContext } from '@/lib/request/context';

export const dynamic = 'force-dynamic';

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('configs:read');
  const user = ctx.user;
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name}`}
        description="The state of your Scalekit AgentKit environment."
      />
      <Suspense
        fallback={
          <div className="space-y-4">
            <Skeleton className="h-28" />
            <div className="grid gap-4 sm:grid-cols-2">
              <Skeleton className="h-24" />
              <Skeleton className="h-24" />
            </div>
          </div>
        }
      >
        <BackendStatus ctx={ctx} />
      </Suspense>
      <HomeOverview ctx={ctx} />
      <Suspense>
        <RecentProblems />
      </Suspense>
      <Suspense fallback={<Skeleton className="mt-6 h-64" />}>
        <OverviewCard ctx={ctx} range={(await searchParams).activity} />
      </Suspense>
    </>
  );
}
