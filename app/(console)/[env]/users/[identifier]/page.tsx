import type { Metadata } from 'next';
import { Suspense } from 'react';
import { z } from 'zod';
import { userKeys } from '@/components/accounts/queries';
import { UnknownUser } from '@/components/accounts/unknown-user';
import { UserAccounts } from '@/components/accounts/user-accounts';
import { UserActivity } from '@/components/activity/user-activity';
import { eventKeys, NO_TIMELINE_FILTER } from '@/components/events/queries';
import { UserTimeline } from '@/components/events/user-timeline';
import { instanceKeys } from '@/components/instances/queries';
import { LiveEvents } from '@/components/live/live-events';
import { LiveStatus } from '@/components/live/live-status';
import { firstPage, Prefetched } from '@/components/live/prefetched';
import { PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { ProblemState } from '@/components/ui/problem-state';
import { environmentsWithAccounts, isUnknownUser } from '@/lib/accounts/known-user';
import { loadUserAccountsView } from '@/lib/accounts/user-accounts';
import { listEnvironments } from '@/lib/environments';
import { can } from '@/lib/auth/roles';
import { loadUserTimeline } from '@/lib/events/timeline-data';
import { loadUserInstances } from '@/lib/instances/load';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { envApi } from '@/lib/environments/paths';
import { identifierField } from '@/lib/wire/fields';

export const metadata: Metadata = { title: 'User' };
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ identifier: identifierField });

export default async function UserPage({ params }: { params: Promise<{ identifier: string }> }) {
  const ctx = await pageContext('users:read', { params, schema: paramsSchema });
  const { identifier } = ctx.params;
  const sk = ctx.scalekit;
  // Everything the page shows is loaded here, together, and handed to the browser's cache: nothing is fetched
  // again when it hydrates. A part that fails shows its problem; the others still show.
  const [main, instances, timeline] = await Promise.all([
    pageLoad(ctx, () => Promise.all([sk.configs.listAll(), loadUserAccountsView(sk, identifier)])),
    pageLoad(ctx, () => loadUserInstances(sk, identifier)),
    pageLoad(ctx, () => loadUserTimeline({ environment: sk.environment, identifier })),
  ]);
  const configs = main.ok ? main.value[0] : [];
  const unknown = main.ok && isUnknownUser(main.value[1].accounts, instances.ok ? instances.value : null);
  if (unknown) {
    const others = listEnvironments()
      .map((e) => e.name)
      .filter((name) => name !== sk.environment && ctx.roleIn(name));
    return (
      <>
        <PageHeader
          title={identifier}
          description={
            <Link className="underline" href="/users">
              Find another user
            </Link>
          }
        />
        <UnknownUser
          identifier={identifier}
          environment={sk.environment}
          configs={configs.map((c) => ({ id: c.id, name: c.name }))}
          elsewhere={await environmentsWithAccounts(identifier, others)}
          canLinks={can(ctx.role, 'users:links')}
        />
      </>
    );
  }
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
      <Prefetched
        entries={[
          main.ok && [userKeys.accounts(identifier), main.value[1]],
          instances.ok && [instanceKeys.user(identifier), { items: instances.value }],
          timeline.ok && [eventKeys.timeline(identifier, NO_TIMELINE_FILTER), firstPage(timeline.value)],
        ]}
      >
        <LiveEvents
          url={envApi(sk.environment, `/events/stream?identifiers=${encodeURIComponent(identifier)}`)}
        />
        {main.ok ? (
          <UserAccounts
            identifier={identifier}
            configs={configs.map((c) => ({
              id: c.id,
              name: c.name,
              mappings: c.mappings.map((m) => ({ connectionName: m.connectionName, provider: m.provider })),
            }))}
            status={<LiveStatus queryKey={userKeys.accounts(identifier)} />}
            canLinks={can(ctx.role, 'users:links')}
            canWrite={can(ctx.role, 'accounts:write')}
            canInstances={can(ctx.role, 'instances:write')}
          />
        ) : (
          <ProblemState title="Could not load this user" problem={main.problem} />
        )}
        <UserTimeline
          identifier={identifier}
          connections={configs.flatMap((c) => c.mappings.map((m) => m.connectionName))}
        />
      </Prefetched>
      <Suspense>
        <UserActivity ctx={ctx} identifier={identifier} />
      </Suspense>
    </>
  );
}
