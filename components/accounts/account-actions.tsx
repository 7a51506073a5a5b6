'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { deleteAccountAction, disconnectAccountAction } from '@/lib/accounts/actions/account-actions';
import { userKeys } from './queries';

/** Admin only: disconnect (revoke tokens, keep the account) or delete (start over), each confirmed. */
export function AccountActions({
  identifier,
  connectionName,
  accountId,
}: {
  identifier: string;
  connectionName: string;
  accountId: string;
}) {
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'disconnect' | 'delete' | null>(null);
  const done = () => {
    setDialog(null);
    void qc.invalidateQueries({ queryKey: userKeys.accounts(identifier) });
  };
  const disconnect = useActionRunner(disconnectAccountAction, {
    success: `Disconnected ${connectionName}`,
    onSuccess: done,
  });
  const remove = useActionRunner(deleteAccountAction, {
    success: `Deleted the ${connectionName} account`,
    onSuccess: done,
  });
  const input = { identifier, connectionName, accountId };
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setDialog('disconnect')}>
        Disconnect
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className="text-red-700 dark:text-red-400"
        onClick={() => setDialog('delete')}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={dialog === 'disconnect'}
        onClose={() => setDialog(null)}
        title={`Disconnect ${connectionName} for ${identifier}?`}
        confirmLabel="Disconnect"
        pending={disconnect.pending}
        onConfirm={() => void disconnect.run(input)}
      >
        Scalekit revokes the stored tokens. Agents lose {connectionName} tools for this user until they
        authorize again; the account stays, so a new auth link reconnects it.
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={`Delete the ${connectionName} account of ${identifier}?`}
        confirmLabel="Delete account"
        pending={remove.pending}
        typeToConfirm={connectionName}
        errors={remove.fieldErrors?.confirm}
        onConfirm={(confirm) => void remove.run({ ...input, confirm })}
      >
        The account and its tokens are deleted. The user must connect {connectionName} from scratch. This
        cannot be undone.
      </ConfirmDialog>
    </>
  );
}
