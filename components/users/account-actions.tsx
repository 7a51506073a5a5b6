'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
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
  const [confirm, setConfirm] = useState('');
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
      <Dialog
        open={dialog === 'disconnect'}
        onClose={() => setDialog(null)}
        title={`Disconnect ${connectionName} for ${identifier}?`}
      >
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Scalekit revokes the stored tokens. Agents lose {connectionName} tools for this user until they
          authorize again; the account stays, so a new auth link reconnects it.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setDialog(null)}>
            Cancel
          </Button>
          <Button variant="danger" loading={disconnect.pending} onClick={() => void disconnect.run(input)}>
            Disconnect
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={`Delete the ${connectionName} account of ${identifier}?`}
      >
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void remove.run({ ...input, confirm });
          }}
        >
          <p className="text-sm text-red-700 dark:text-red-400">
            The account and its tokens are deleted. The user must connect {connectionName} from scratch. This
            cannot be undone.
          </p>
          <Field
            label={`Type ${connectionName} to confirm`}
            htmlFor={`confirm-${accountId}`}
            errors={remove.fieldErrors?.confirm}
          >
            <Input id={`confirm-${accountId}`} value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="danger"
              loading={remove.pending}
              disabled={confirm !== connectionName}
            >
              Delete account
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
