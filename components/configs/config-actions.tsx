'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { cloneConfigAction } from '@/lib/configs/actions/clone-config';
import { deleteConfigAction } from '@/lib/configs/actions/delete-config';

/** Clone under a new name, and delete with the name typed to confirm. */
export function ConfigActions({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<'clone' | 'delete' | null>(null);
  const [cloneName, setCloneName] = useState(`${name}-copy`.slice(0, 100));
  const [confirm, setConfirm] = useState('');
  const clone = useActionRunner(cloneConfigAction, {
    success: (d) => `Cloned as ${d.name}`,
    onSuccess: (d) => router.push(`/configs/${encodeURIComponent(d.id)}`),
  });
  const remove = useActionRunner(deleteConfigAction, {
    success: `Deleted ${name}`,
    onSuccess: () => router.push('/configs'),
  });
  return (
    <div className="flex gap-2">
      <Button variant="secondary" onClick={() => setDialog('clone')}>
        Clone
      </Button>
      <Button variant="danger" onClick={() => setDialog('delete')}>
        Delete
      </Button>
      <Dialog open={dialog === 'clone'} onClose={() => setDialog(null)} title={`Clone ${name}`}>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void clone.run({ id, name: cloneName });
          }}
        >
          <Field
            label="New name"
            htmlFor="clone-name"
            errors={clone.fieldErrors?.name}
            hint="The clone gets its own server URL."
          >
            <Input id="clone-name" value={cloneName} onChange={(e) => setCloneName(e.target.value)} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={clone.pending}>
              Clone
            </Button>
          </div>
        </form>
      </Dialog>
      <Dialog open={dialog === 'delete'} onClose={() => setDialog(null)} title={`Delete ${name}`}>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void remove.run({ id, confirmName: confirm });
          }}
        >
          <p className="text-sm text-red-700 dark:text-red-400">
            The MCP server URL stops working at once: every agent using it loses its tools. This cannot be
            undone.
          </p>
          <Field
            label={`Type ${name} to confirm`}
            htmlFor="confirm-name"
            errors={remove.fieldErrors?.confirmName}
          >
            <Input
              id="confirm-name"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              autoComplete="off"
            />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={confirm !== name} loading={remove.pending}>
              Delete config
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
