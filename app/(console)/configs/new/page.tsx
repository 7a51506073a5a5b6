import type { Metadata } from 'next';
import { ConfigEditor } from '@/components/configs/config-editor';
import { PageHeader } from '@/components/ui/card';
import { requirePagePermission } from '@/lib/auth/session';
import { loadConnectionOptions } from '@/lib/configs/load';

export const metadata: Metadata = { title: 'New config' };
export const dynamic = 'force-dynamic';

export default async function NewConfigPage() {
  await requirePagePermission('configs:write', '/configs/new');
  const connections = await loadConnectionOptions();
  return (
    <>
      <PageHeader
        title="New MCP config"
        description="Choose connections and the tools of each that agents get."
      />
      <ConfigEditor mode="create" connections={connections} readOnly={false} />
    </>
  );
}
