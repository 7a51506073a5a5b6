import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/card';
import { LiveReadinessGrid } from '@/components/readiness/live';
import { can } from '@/lib/auth/roles';
import { ProblemState } from '@/components/ui/problem-state';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Readiness' };
export const dynamic = 'force-dynamic';

export default async function ReadinessPage() {
  const ctx = await pageContext('users:read', '/users/readiness');
  const user = ctx.user;
  const configs = await pageLoad(ctx, () => ctx.scalekit.configs.listAll());
  return (
    <>
      <PageHeader
        title="Readiness"
        description="Which users can run an agent on a config today: every mapped connection ACTIVE."
      />
      {configs.ok ? (
        <LiveReadinessGrid
          configs={configs.value.map((c) => ({ id: c.id, name: c.name }))}
          canLinks={can(user.role, 'users:links')}
        />
      ) : (
        <ProblemState title="Could not load configs" problem={configs.problem} />
      )}
    </>
  );
}
