import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Card, PageHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { ReadinessGrid } from '@/components/users/readiness-grid';
import { can } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';

export const metadata: Metadata = { title: 'Readiness' };
export const dynamic = 'force-dynamic';

export default async function ReadinessPage() {
  const user = await requirePagePermission('users:read', '/users/readiness');
  const configs = await getScalekit()
    .configs.listAll()
    .then(
      (cs) => ({ ok: true as const, cs }),
      (err: Error) => ({ ok: false as const, error: err.message }),
    );
  return (
    <>
      <PageHeader
        title="Readiness"
        description="Which users can run an agent on a config today: every mapped connection ACTIVE."
      />
      {configs.ok ? (
        <Suspense>
          <ReadinessGrid
            configs={configs.cs.map((c) => ({ id: c.id, name: c.name }))}
            canLinks={can(user.role, 'users:links')}
          />
        </Suspense>
      ) : (
        <Card>
          <ErrorState title="Could not load configs" message={configs.error} />
        </Card>
      )}
    </>
  );
}
