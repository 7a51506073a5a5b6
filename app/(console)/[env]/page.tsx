import { Suspense } from 'react';
import { overviewRange } from '@/components/activity/overview-card';
import { HomeOverview } from '@/components/home/home-overview';
import { PageHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/states';
import { pageContext } from '@/lib/request/context';

export const dynamic = 'force-dynamic';

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ env: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('configs:read', { params });
  const user = ctx.user;
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name}`}
        description={`The state of the ${ctx.environment!.name} environment.`}
      />
      <Suspense
        fallback={
          <div className="space-y-4">
            <Skeleton className="h-12" />
            <Skeleton className="h-28" />
            <div className="grid gap-4 sm:grid-cols-2">
              <Skeleton className="h-24" />
              <Skeleton className="h-24" />
            </div>
          </div>
        }
      >
        <HomeOverview
          ctx={ctx}
          environment={ctx.environment!}
          range={overviewRange((await searchParams).activity)}
        />
      </Suspense>
    </>
  );
}
