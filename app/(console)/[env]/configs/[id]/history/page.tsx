import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DiffView } from '@/components/configs/diff-view';
import { RollbackButton } from '@/components/configs/rollback-button';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card, CardHeader, PageHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { singleValues } from '@/lib/request/search-params';
import { can } from '@/lib/auth/roles';
import { connectionsInvolved, effectiveDiff } from '@/lib/configs/diff';
import { listVersions } from '@/lib/configs/history';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import { ProblemState } from '@/components/ui/problem-state';
import { loadCatalogNames, loadConfigForPage } from '@/lib/configs/page-data';
import { configPageParams } from '@/lib/configs/schema';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Config history' };
export const dynamic = 'force-dynamic';

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await pageContext('configs:read', { params, schema: configPageParams });
  const { id } = ctx.params;
  const user = ctx.user;
  // The loader records a version made outside the console first, so the list below attributes it honestly.
  // A deleted config still has its history: the loader answers null for it.
  const loaded = await pageLoad(ctx, () => loadConfigForPage(ctx.scalekit, id));
  if (!loaded.ok) return <ProblemState title="Could not load this config" problem={loaded.problem} />;
  const config = loaded.value;
  const versions = await listVersions(id);
  if (!config && versions.length === 0) notFound();
  const catalogs = await loadCatalogNames(
    ctx.scalekit,
    connectionsInvolved(...versions.map((v) => v.snapshot)),
  );
  const sp = singleValues(await searchParams);
  const latest = versions[0]?.version ?? 0;
  const a = Number(sp.a ?? latest - 1);
  const b = Number(sp.b ?? latest);
  const va = versions.find((v) => v.version === a);
  const vb = versions.find((v) => v.version === b);
  const live = config ? snapshotOf(config) : null;
  const currentHash = live ? hashSnapshot(live) : '';
  const admin = can(user.role, 'configs:write');
  return (
    <>
      <PageHeader
        title={`History of ${config?.name ?? versions[0]?.configName}`}
        description="Every change made through the console, and changes found that were made elsewhere."
        action={
          config && (
            <Link className={buttonClass('secondary')} href={`/configs/${encodeURIComponent(id)}`}>
              Back to config
            </Link>
          )
        }
      />
      {va && vb && (
        <Card className="mb-6">
          <CardHeader title={`Changes from v${va.version} to v${vb.version}`} />
          <div className="p-5">
            <DiffView diff={effectiveDiff(va.snapshot, vb.snapshot, catalogs)} />
          </div>
        </Card>
      )}
      <Card className="overflow-x-auto">
        <form method="get">
          <table className="w-full text-left text-sm" data-testid="versions">
            <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800">
              <tr>
                {/* Two columns headed by what they choose: the older side (from) and the newer (to). */}
                <th className="py-3 pl-4 pr-2 font-medium">From</th>
                <th className="py-3 pl-2 pr-4 font-medium">To</th>
                <th className="px-4 py-3 font-medium">Version</th>
                <th className="px-4 py-3 font-medium">Change</th>
                <th className="px-4 py-3 font-medium">Who</th>
                <th className="px-4 py-3 font-medium">When</th>
                <th className="px-4 py-3" />
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {versions.map((v, i) => (
                <tr key={v.id} data-testid={`version-${v.version}`}>
                  <td className="py-3 pl-4 pr-2">
                    <input
                      type="radio"
                      name="a"
                      value={v.version}
                      defaultChecked={v.version === a}
                      aria-label={`Compare from v${v.version}`}
                    />
                  </td>
                  <td className="py-3 pl-2 pr-4">
                    <input
                      type="radio"
                      name="b"
                      value={v.version}
                      defaultChecked={v.version === b}
                      aria-label={`Compare to v${v.version}`}
                    />
                  </td>
                  <td className="px-4 py-3 font-mono">v{v.version}</td>
                  <td className="px-4 py-3">
                    <Badge
                      tone={v.kind === 'external' ? 'warning' : v.kind === 'delete' ? 'danger' : 'neutral'}
                    >
                      {v.kind}
                    </Badge>
                    {v.note && <span className="ml-2 text-xs text-zinc-500">{v.note}</span>}
                    {versions[i + 1] && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-xs text-zinc-500">
                          Diff from v{versions[i + 1]!.version}
                        </summary>
                        <div className="mt-2">
                          <DiffView diff={effectiveDiff(versions[i + 1]!.snapshot, v.snapshot, catalogs)} />
                        </div>
                      </details>
                    )}
                  </td>
                  <td className="px-4 py-3">{v.actorEmail}</td>
                  <td className="px-4 py-3 text-zinc-500">
                    <RelativeTime iso={v.at.toISOString()} past />
                  </td>
                  <td className="px-4 py-3 text-right">
                    {admin && live && v.hash !== currentHash && v.kind !== 'delete' && (
                      <RollbackButton
                        id={id}
                        version={v.version}
                        live={live}
                        liveHash={currentHash}
                        target={v.snapshot}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {versions.length > 1 && (
            <div className="border-t border-zinc-200 p-4 dark:border-zinc-800">
              <button className={buttonClass('secondary', 'sm')} type="submit">
                Compare selected
              </button>
            </div>
          )}
        </form>
      </Card>
    </>
  );
}
