import { Suspense } from 'react';
import { BackendStatus } from '@/components/home/backend-status';
import { PageHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/states';
import { requirePagePermission } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const user = await requirePagePermission('configs:read', '/');
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
        <BackendStatus />
      </Suspense>
    </>
  );
}
