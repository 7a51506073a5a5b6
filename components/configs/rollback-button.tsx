'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { rollbackConfigAction } from '@/lib/configs/actions/rollback-config';
import type { ConfigDraft } from '@/lib/configs/schema';
import { LazyChangeReview } from './change-review-lazy';

/** Rollback is a change like any other: the same review (diff from the live version, who it affects), then the guarded save. */
export function RollbackButton({
  id,
  version,
  live,
  liveHash,
  target,
}: {
  id: string;
  version: number;
  live: ConfigDraft;
  liveHash: string;
  target: ConfigDraft;
}) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const run = useActionRunner(rollbackConfigAction, {
    success: `Rolled back to version ${version}`,
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button type="button" size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Roll back to v{version}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Review the rollback to v${version}`}>
        {open && <LazyChangeReview configId={id} before={live} after={target} />}
        <div className="mt-5 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            type="button"
            loading={run.pending}
            onClick={async () => {
              const r = await run.run({ id, version, baseHash: liveHash });
              if (!r.ok && (r.details as { kind?: string } | undefined)?.kind === 'conflict') {
                setOpen(false);
                toast.info('The config changed meanwhile: the history now shows that change; review again');
                router.refresh();
              }
            }}
          >
            Roll back
          </Button>
        </div>
      </Dialog>
    </>
  );
}
