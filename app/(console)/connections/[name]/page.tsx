import type { Metadata } from 'next';
import { z } from 'zod';
import { Link } from '@/components/ui/link';
import { configHref, readinessHref } from '@/components/connections/connection-links';
import { ConnectionTools } from '@/components/connections/connection-tools';
import { ConnectionUsers } from '@/components/connections/connection-users';
import { connectionKeys } from '@/components/connections/queries';
import { Prefetched } from '@/components/live/prefetched';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader, PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { EmptyState } from '@/components/ui/states';
import { connectionNameField } from '@/lib/wire/fields';
import { findConnectionRow } from '@/lib/connections/overview';
import { usersPage, snapshotWith } from '@/lib/connections/users';
import { usersViewOf } from '@/lib/connections/overview';
import { singleValues } from '@/lib/request/search-params';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Connection' };
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ name: connectionNameField });

export default async function ConnectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('users:read', { params, schema: paramsSchema });
  const { name } = ctx.params;
  const sp = singleValues(await searchParams);
  const view = usersViewOf((k) => sp[k]);
  const loaded = await pageLoad(
    ctx,
    async () => {
      const [snap, tools] = await Promise.all([
        snapshotWith(ctx.scalekit, name),
        ctx.scalekit.tools.listAllForConnector(name), // cached 5 min per connection
      ]);
      // The users list the page opens on comes from the same snapshot: handed to the browser with the page.
      return { row: findConnectionRow(snap, name)!, tools, users: usersPage(snap, name, view) };
    },
    { notFoundOn404: true },
  );
  if (!loaded.ok) return <ProblemState title="Could not load this connection" problem={loaded.problem} />;
  const { row, tools, users } = loaded.value;
  return (
    <Prefetched entries={[[connectionKeys.users(name, view), users]]}>
      <PageHeader
        title={row.label}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <code>{row.name}</code>
            {row.type && <Badge>{row.type}</Badge>}
            <Badge tone={row.enabled ? 'success' : 'neutral'}>
              {row.status || (row.enabled ? 'Enabled' : 'Disabled')}
            </Badge>
            <Link className="text-indigo-600 hover:underline dark:text-indigo-400" href="/connections">
              All connections
            </Link>
          </span>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader
            title="Configs using it"
            description={`${row.configs.length} config${row.configs.length === 1 ? '' : 's'}`}
          />
          {row.configs.length ? (
            <ul className="divide-y divide-zinc-100 px-5 text-sm dark:divide-zinc-800">
              {row.configs.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link className="font-medium hover:underline" href={configHref(c.id)}>
                    {c.name}
                  </Link>
                  <Link
                    className="text-indigo-600 hover:underline dark:text-indigo-400"
                    href={readinessHref(c.id)}
                  >
                    Readiness
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No config maps this connection" />
          )}
        </Card>
        <ConnectionTools
          tools={tools.map((t) => ({ name: t.name, description: t.description, readOnly: t.readOnly }))}
        />
      </div>
      <div className="mt-6">
        <ConnectionUsers name={name} />
      </div>
    </Prefetched>
  );
}
