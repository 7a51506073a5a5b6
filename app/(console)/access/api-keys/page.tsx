import type { Metadata } from 'next';
import { AccessTabs } from '@/components/access/access-tabs';
import { CreateKeyForm } from '@/components/api-keys/create-key-form';
import { KeysTable } from '@/components/api-keys/keys-table';
import { Card, CardHeader, PageHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { API_KEY_LIFETIMES } from '@/lib/api-keys/schema';
import { listApiKeys } from '@/lib/api-keys/store';
import { ROLES } from '@/lib/auth/roles';
import { listTargetEnvironments } from '@/lib/config-plan/target-environment';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'API keys' };
export const dynamic = 'force-dynamic';

export default async function ApiKeysPage() {
  const ctx = await pageContext('api-keys:manage');
  const keys = await listApiKeys();
  // Roles at or below the admin's own (the action checks it again).
  const roles = ROLES.slice(ROLES.indexOf(ctx.role));
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for operators' tools: the mcp-console command line and CI jobs. Each key has a role, environments and an expiry; every call made with it is audited under its name."
      />
      <AccessTabs current="api-keys" />
      <Card className="mb-6">
        <CardHeader
          title="Create a key"
          description="The key is shown once; the console keeps only its hash."
        />
        <div className="p-5">
          <CreateKeyForm
            environments={listTargetEnvironments()}
            lifetimes={API_KEY_LIFETIMES}
            roles={roles}
          />
        </div>
      </Card>
      <Card>
        <CardHeader title="Keys" />
        {keys.length ? (
          <KeysTable keys={keys} />
        ) : (
          <EmptyState title="No keys yet" description="Create one for a CI job above." />
        )}
      </Card>
    </>
  );
}
