import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ConfigTwins } from '@/components/compare/config-twins';
import { ConfigActions } from '@/components/configs/config-actions';
import { ConfigDeleted } from '@/components/configs/config-deleted';
import { ConfigEditor } from '@/components/configs/config-editor';
import { configKeys } from '@/components/configs/queries';
import { SavedDescription } from '@/components/configs/saved-description';
import { ConfigInstances } from '@/components/instances/config-instances';
import { FIRST_CONFIG_PAGE, instanceKeys, CONFIG_PAGE_SIZE } from '@/components/instances/queries';
import { Prefetched } from '@/components/live/prefetched';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Link } from '@/components/ui/link';
import { ProblemState } from '@/components/ui/problem-state';
import { can } from '@/lib/auth/roles';
import { loadTwinLists } from '@/lib/compare/load-twins';
import { lastVersion } from '@/lib/configs/history';
import { loadConnectionOptions } from '@/lib/configs/load';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import { loadConfigForPage } from '@/lib/configs/page-data';
import { pickerTools } from '@/lib/configs/picker-tools';
import { configPageParams } from '@/lib/configs/schema';
import { listConfigInstances } from '@/lib/instances/load';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Config' };
export const dynamic = 'force-dynamic';

export default async function ConfigPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext('configs:read', { params, schema: configPageParams });
  const { id } = ctx.params;
  const sk = ctx.scalekit;
  // Other environments' lists do not depend on this config: started now, beside its loads (never rejects).
  const twinLists = loadTwinLists(sk.environment, ctx.roleIn);
  // The loader records a version made outside the console (idempotently), so history stays honest.
  const loaded = await pageLoad(
    ctx,
    () => Promise.all([loadConfigForPage(sk, id), loadConnectionOptions(sk)]),
    { notFoundOn404: true },
  );
  if (!loaded.ok) return <ProblemState title="Could not load this config" problem={loaded.problem} />;
  const [config, connections] = loaded.value;
  if (!config) {
    // Gone upstream: if the console knew it, say so (and who deleted it, when); else the plain not-found.
    const last = await lastVersion(id);
    if (!last) notFound();
    return (
      <ConfigDeleted
        id={id}
        name={last.configName}
        deletedBy={last.kind === 'delete' ? last.actorEmail : null}
        at={last.at.toISOString()}
      />
    );
  }
  const base = snapshotOf(config);
  // The editor opens with every chosen-tools mapping expanded: their catalogs come with the page (cached on the
  // server for minutes), as does the first page of instances, so nothing is fetched when the page hydrates.
  const chosen = base.mappings.filter((m) => !m.allTools).map((m) => m.connectionName);
  const [instances, ...catalogs] = await Promise.all([
    pageLoad(ctx, () => listConfigInstances(sk, { configName: config.name, pageSize: CONFIG_PAGE_SIZE })),
    ...chosen.map((c) => pageLoad(ctx, () => pickerTools(sk, c))),
  ]);
  const admin = can(ctx.role, 'configs:write');
  return (
    <Prefetched
      entries={[
        [configKeys.detail(id), { snapshot: base, hash: hashSnapshot(base) }],
        instances.ok && [
          instanceKeys.config(config.name, FIRST_CONFIG_PAGE.search, FIRST_CONFIG_PAGE.pageToken),
          instances.value,
        ],
        ...catalogs.map((c, i) => c.ok && ([configKeys.catalog(chosen[i]!), c.value] as const)),
      ]}
    >
      <PageHeader
        title={config.name}
        description={<SavedDescription configId={id} />}
        action={
          <div className="flex flex-wrap gap-2">
            <Link
              className={buttonClass('secondary')}
              href={`/users/readiness?config=${encodeURIComponent(id)}`}
            >
              Users and readiness
            </Link>
            <Link className={buttonClass('secondary')} href={`/configs/${encodeURIComponent(id)}/history`}>
              History
            </Link>
            <Link
              className={buttonClass('secondary')}
              href={`/configs/promote?configs=${encodeURIComponent(config.name)}`}
            >
              Promote
            </Link>
            {admin && <ConfigActions id={config.id} name={config.name} />}
          </div>
        }
      />
      <Card className="mb-6 flex items-center gap-2 px-5 py-3 text-sm">
        <span className="text-zinc-500">Server URL</span>
        <code className="min-w-0 flex-1 truncate" data-testid="server-url">
          {config.mcpServerUrl || '(not enabled in this environment)'}
        </code>
        {config.mcpServerUrl && <CopyButton value={config.mcpServerUrl} label="Copy server URL" />}
      </Card>
      <Suspense>
        <ConfigTwins
          here={{ environment: sk.environment, production: ctx.environment?.production ?? false, config }}
          lists={twinLists}
        />
      </Suspense>
      <ConfigInstances configName={config.name} />
      {!admin && (
        <p className="mb-4 text-sm text-zinc-500">
          Read-only: your role can view configs but not change them.
        </p>
      )}
      <ConfigEditor
        mode="edit"
        configId={config.id}
        name={config.name}
        connections={connections}
        readOnly={!admin}
      />
    </Prefetched>
  );
}
