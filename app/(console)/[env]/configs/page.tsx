import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ConfigsTable } from '@/components/configs/configs-table';
import { Button, buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { Footer } from '@/components/ui/footer';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { singleValues } from '@/lib/request/search-params';
import { can } from '@/lib/auth/roles';
import { promotionTargets } from '@/lib/config-plan/promote';
import { envPath } from '@/lib/environments/paths';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Configs' };
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

export default async function ConfigsPage({
  params,
  searchParams,
}: {
  params: Promise<{ env: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await pageContext('configs:read', { params });
  const user = ctx.user;
  const { q = '', page } = singleValues(await searchParams);
  const search = q.trim().slice(0, 100);
  const loaded = await pageLoad(ctx, () =>
    ctx.scalekit.configs.list({ search: search || undefined, pageSize: PAGE_SIZE, pageToken: page }),
  );
  const result = loaded.ok
    ? { ok: true as const, ...loaded.value }
    : { ok: false as const, error: loaded.problem.message };
  // Several configs ticked here are promoted together (a release) from the promote page.
  const canPromote = promotionTargets(ctx, ctx.environment!.name).length > 0;
  const href = (token: string) =>
    `/configs?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(token ? { page: token } : {}) })}`;
  return (
    <>
      <PageHeader
        title="MCP configs"
        description="Each config is a virtual MCP server: which connections, and which tools of each, it exposes."
        action={
          can(user.role, 'configs:write') && (
            <div className="flex flex-wrap gap-2">
              <Link href="/configs/export" className={buttonClass('secondary')}>
                Export
              </Link>
              <Link href="/configs/apply" className={buttonClass('secondary')}>
                Apply a file
              </Link>
              <Link href="/configs/new" className={buttonClass()}>
                New config
              </Link>
            </div>
          )
        }
      />
      <form className="mb-4 flex max-w-md gap-2" method="get">
        <Input name="q" defaultValue={search} placeholder="Search by name" aria-label="Search configs" />
        <Button variant="secondary" type="submit">
          Search
        </Button>
      </form>
      <Card>
        {!result.ok ? (
          <ErrorState title="Could not load configs" message={result.error} />
        ) : result.items.length === 0 ? (
          <EmptyState
            title={search ? `No config matches “${search}”` : 'No configs yet'}
            description={search ? 'Try another search.' : 'Create one to expose tools to agents.'}
          />
        ) : (
          <ConfigsTable configs={result.items} releaseForm={canPromote ? 'release' : undefined} />
        )}
      </Card>
      {result.ok && (
        <Footer className="mt-4 text-sm text-zinc-500" start={<span>{result.totalSize} configs</span>}>
          {canPromote && (
            <form id="release" method="get" action={envPath(ctx.environment!.name, '/configs/promote')}>
              <Button variant="secondary" type="submit">
                Promote selected
              </Button>
            </form>
          )}
          {page && (
            <Link className={buttonClass('secondary')} href={href(result.prevPageToken)}>
              Previous
            </Link>
          )}
          {result.nextPageToken && (
            <Link className={buttonClass('secondary')} href={href(result.nextPageToken)}>
              Next
            </Link>
          )}
        </Footer>
      )}
    </>
  );
}
