import { Suspense } from 'react';
import { Skeleton } from '@/components/ui/states';
import type { RequestContext } from '@/lib/request/context';
import { BrokenAccounts } from './broken-accounts';
import { ConfigReadiness } from './config-readiness';
import { RecentChanges } from './recent-changes';

/** "Is everything alright?": readiness per config, accounts to reconnect, recent changes; each streams in. */
export function HomeOverview({ ctx }: { ctx: RequestContext }) {
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      <Suspense fallback={<Skeleton className="h-48" />}>
        <ConfigReadiness ctx={ctx} />
      </Suspense>
      <Suspense fallback={<Skeleton className="h-48" />}>
        <BrokenAccounts ctx={ctx} />
      </Suspense>
      <Suspense fallback={<Skeleton className="h-48" />}>
        <RecentChanges ctx={ctx} />
      </Suspense>
    </div>
  );
}
