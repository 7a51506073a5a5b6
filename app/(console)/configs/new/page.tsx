import type { Metadata } from 'next';
import { ConfigEditor } from '@/components/configs/config-editor';
import { PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { loadConnectionOptions } from '@/lib/configs/load';

export const metadata: Metadata = { title: 'New config' };
export const dynamic = 'force-dynamic';

export default async function NewConfigPage() {
  const ctx = await pageContext('configs:write');
  const connections = await pageLoad(ctx, () => loadConnectionOptions(ctx.scalekit));
  return (
    <>
      <PageHeader
        title="New MCP config"
        description="Choose connections and the tools of each that agents get."
      />
      {connections.ok ? (
        <ConfigEditor mode="create" connections={connections.value} readOnly={false} />
      ) : (
        <ProblemState title="Could not load connections" problem={connections.problem} />
      )}
    </>
  );
}
