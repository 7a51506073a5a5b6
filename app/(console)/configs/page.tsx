import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { can } from '@/lib/auth/roles';
import { connectorLabel } from '@/lib/configs/labels';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Configs' };
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

export default async function ConfigsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await pageContext('configs:read', '/configs');
  const user = ctx.user;
  const { q = '', page } = await searchParams;
  const search = q.trim().slice(0, 100);
  const loaded = await pageLoad(ctx, () =>
    ctx.scalekit.configs.list({ search: search || undefined, pageSize: PAGE_SIZE, pageToken: page }),
  );
  const result = loaded.ok
    ? { ok: true as const, ...loaded.value }
    : { ok: false as const, error: loaded.problem.message };
  const href = (token: string) =>
    `/configs?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(token ? { page: token } : {}) })}`;
  return (
    <>
      <PageHeader
        title="MCP configs"
        description="Each config is a virtual MCP server: which connections, and which tools of each, it exposes."
        action={
          can(user.role, 'configs:write') && (
            <Link href="/configs/new" className={buttonClass()}>
              New config
            </Link>
          )
        }
      />
      <form className="mb-4 flex max-w-md gap-2" method="get">
        <input
          name="q"
          defaultValue={search}
          placeholder="Search by name"
          aria-label="Search configs"
          className="h-9 flex-1 rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button className={buttonClass('secondary')} type="submit">
          Search
        </button>
      </form>
      <Card className="overflow-x-auto">
        {!result.ok ? (
          <ErrorState title="Could not load configs" message={result.error} />
        ) : result.items.length === 0 ? (
          <EmptyState
            title={search ? `No config matches “${search}”` : 'No configs yet'}
            description={search ? 'Try another search.' : 'Create one to expose tools to agents.'}
          />
        ) : (
          <table className="w-full text-left text-sm" data-testid="configs-table">
            <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800">
              <tr>
                <th className="px-4 py-3 font-medium">Name</th>
                <th className="px-4 py-3 font-medium">Connections</th>
                <th className="px-4 py-3 font-medium">Tools</th>
                <th className="px-4 py-3 font-medium">Server URL</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {result.items.map((c) => {
                const listed = c.mappings.reduce((n, m) => n + m.tools.length, 0);
                const all = c.mappings.filter((m) => m.tools.length === 0).length;
                return (
                  <tr key={c.id}>
                    <td className="px-4 py-3">
                      <Link
                        href={`/configs/${encodeURIComponent(c.id)}`}
                        className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                      >
                        {c.name}
                      </Link>
                      {c.description && <p className="text-xs text-zinc-500">{c.description}</p>}
                    </td>
                    <td className="px-4 py-3">
                      {c.mappings.map((m) => connectorLabel(m.provider || m.connectionName)).join(', ')}
                    </td>
                    <td className="whitespace-nowrap px-4 py-3">
                      {listed > 0 && `${listed} tools`}
                      {listed > 0 && all > 0 && ' + '}
                      {all > 0 && (all === c.mappings.length ? 'all tools' : `all tools of ${all}`)}
                    </td>
                    <td className="px-4 py-3">
                      <span className="flex items-center gap-1">
                        <code className="max-w-72 truncate text-xs">{c.mcpServerUrl}</code>
                        {c.mcpServerUrl && (
                          <CopyButton value={c.mcpServerUrl} label={`Copy ${c.name} server URL`} />
                        )}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
      {result.ok && (
        <div className="mt-4 flex items-center justify-between text-sm text-zinc-500">
          <span>{result.totalSize} configs</span>
          <span className="flex gap-2">
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
          </span>
        </div>
      )}
    </>
  );
}
