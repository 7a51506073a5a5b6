import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ConfigActions } from '@/components/configs/config-actions';
import { LiveConfigEditor } from '@/components/configs/live';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { LiveConfigInstances } from '@/components/instances/live';
import { can } from '@/lib/auth/roles';
import { loadConnectionOptions } from '@/lib/configs/load';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import { ProblemState } from '@/components/ui/problem-state';
import { loadConfigForPage } from '@/lib/configs/page-data';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Config' };
export const dynamic = 'force-dynamic';

export default async function ConfigPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await pageContext('configs:read', `/configs/${encodeURIComponent(id)}`);
  const user = ctx.user;
  // The loader records a version made outside the console (idempotently), so history stays honest.
  const loaded = await pageLoad(
    ctx,
    () => Promise.all([loadConfigForPage(ctx.scalekit, id), loadConnectionOptions(ctx.scalekit)]),
    { notFoundOn404: true },
  );
  if (!loaded.ok) return <ProblemState title="Could not load this config" problem={loaded.problem} />;
  const [config, connections] = loaded.value;
  if (!config) notFound();
  const base = snapshotOf(config);
  const admin = can(user.role, 'configs:write');
  return (
    <>
      <PageHeader
        title={config.name}
        description={config.description || 'No description'}
        action={
          <div className="flex gap-2">
            <Link
              className={buttonClass('secondary')}
              href={`/users/readiness?config=${encodeURIComponent(id)}`}
            >
              Users and readiness
            </Link>
            <Link className={buttonClass('secondary')} href={`/configs/${encodeURIComponent(id)}/history`}>
              History
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
      <LiveConfigInstances configName={config.name} />
      {!admin && (
        <p className="mb-4 text-sm text-zinc-500">
          Read-only: your role can view configs but not change them.
        </p>
      )}
      <LiveConfigEditor
        key={hashSnapshot(base)}
        mode="edit"
        configId={config.id}
        name={config.name}
        base={base}
        baseHash={hashSnapshot(base)}
        connections={connections}
        readOnly={!admin}
      />
    </>
  );
}
