'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { rollbackConfigAction } from '@/lib/configs/actions/rollback-config';

export function RollbackButton({ id, version, baseHash }: { id: string; version: number; baseHash: string }) {
  const router = useRouter();
  const toast = useToast();
  const run = useActionRunner(rollbackConfigAction, {
    success: `Rolled back to version ${version}`,
    onSuccess: () => router.refresh(),
  });
  return (
    <Button
      size="sm"
      variant="secondary"
      loading={run.pending}
      onClick={async () => {
        const r = await run.run({ id, version, baseHash });
        if (!r.ok && (r.details as { kind?: string } | undefined)?.kind === 'conflict') {
          toast.info('Reload the page to see the latest version first');
        }
      }}
    >
      Roll back to v{version}
    </Button>
  );
}
