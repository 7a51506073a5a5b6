import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { Suspense } from 'react';
import { Card, PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { ErrorState } from '@/components/ui/states';
import { LiveUserAccounts } from '@/components/accounts/live';
import { LiveUserTimeline } from '@/components/events/live';
import { UserActivity } from '@/components/activity/user-activity';
import { identifierField } from '@/lib/accounts/schema';
import { can } from '@/lib/auth/roles';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { loadUserAccounts } from '@/lib/accounts/user-accounts';
import { toAccountView } from '@/lib/accounts/rows';

export const metadata: Metadata = { title: 'User' };
export const dynamic = 'force-dynamic';

// Tolerates both an encoded and an already-decoded segment (a lone "%" must not crash the page).
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export default async function UserPage({ params }: { params: Promise<{ identifier: string }> }) {
  const raw = safeDecode((await params).identifier);
  const ctx = await pageContext('users:read', `/users/${encodeURIComponent(raw)}`);
  const user = ctx.user;
  const parsed = identifierField.safeParse(raw);
  if (!parsed.success) {
    return (
      <Card>
        <ErrorState title="That is not a valid identifier" message={parsed.error.issues[0]!.message} />
      </Card>
    );
  }
  const identifier = parsed.data;
  // Configs and the user's accounts are independent: fetched together, not one after the other.
  const loaded = await pageLoad(ctx, () =>
    Promise.all([ctx.scalekit.configs.listAll(), loadUserAccounts(ctx.scalekit, identifier)]),
  );
  return (
    <>
      <PageHeader
        title={identifier}
        description={
          <>
            Connected accounts per config.{' '}
            <Link className="underline" href="/users">
              Find another user
            </Link>
          </>
        }
      />
      {!loaded.ok ? (
        <ProblemState title="Could not load this user" problem={loaded.problem} />
      ) : (
        <LiveUserAccounts
          identifier={identifier}
          configs={loaded.value[0].map((c) => ({
            id: c.id,
            name: c.name,
            mappings: c.mappings.map((m) => ({ connectionName: m.connectionName, provider: m.provider })),
          }))}
          initial={{
            accounts: loaded.value[1].value.map(toAccountView),
            checkedAt: new Date(loaded.value[1].loadedAt).toISOString(),
          }}
          canLinks={can(user.role, 'users:links')}
          canWrite={can(user.role, 'accounts:write')}
          canInstances={can(user.role, 'instances:write')}
        />
      )}
      <LiveUserTimeline
        identifier={identifier}
        connections={loaded.ok ? loaded.value[0].flatMap((c) => c.mappings.map((m) => m.connectionName)) : []}
      />
      <Suspense>
        <UserActivity ctx={ctx} identifier={identifier} />
      </Suspense>
    </>
  );
}
