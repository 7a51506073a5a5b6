'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { revokeApiKeyAction } from '@/lib/api-keys/actions/revoke-api-key';

/** Revoking is immediate on every console instance: confirmed first. */
export function RevokeKeyButton({ id, name }: { id: number; name: string }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { run, pending } = useActionRunner(revokeApiKeyAction, {
    success: `Revoked ${name}`,
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)}>
        Revoke
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Revoke ${name}?`}
        confirmLabel="Revoke key"
        pending={pending}
        onConfirm={() => void run({ id })}
      >
        Every call made with this key is refused from now on, on every console instance. Jobs using it stop
        working.
      </ConfirmDialog>
    </>
  );
}
