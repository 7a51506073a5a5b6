import type { Metadata } from 'next';
import { ApplyFromFile } from '@/components/config-plan/apply-from-file';
import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { listTargetEnvironments } from '@/lib/config-plan/target-environment';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'Apply a configs file' };
export const dynamic = 'force-dynamic';

export default async function ApplyFilePage() {
  await pageContext('configs:write');
  return (
    <>
      <PageHeader
        title="Apply a configs file"
        description="Configs as code: see exactly what a file would change in an environment, then apply it under the same guard, history and audit as the editor. From CI: npx mcp-console plan / apply."
        action={
          <Link className={buttonClass('secondary')} href="/configs/export">
            Export configs
          </Link>
        }
      />
      <ApplyFromFile environments={listTargetEnvironments()} />
    </>
  );
}
