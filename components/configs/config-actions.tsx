'use client';

import { useRouter } from 'next/navigation';
import { useEnvHref } from '@/components/environments/environment-context';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { Footer } from '@/components/ui/footer';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { cloneConfigAction } from '@/lib/configs/actions/clone-config';
import { deleteConfigAction } from '@/lib/configs/actions/delete-config';

/** Clone under a new name, and delete with the name typed to confirm. */
export function ConfigActions({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const href = useEnvHref();
  const [dialog, setDialog] = useState<'clone' | 'delete' | null>(null);
  const [cloneName, setCloneName] = useState(`${name}-copy`.slice(0, 100));
  // The dialog says what went wrong, beside the field when it is the name: a toast would hide behind it.
  const clone = useActionRunner(cloneConfigAction, {
    inlineErrors: true,
    success: (d) => `Cloned as ${d.name}`,
    onSuccess: (d) => router.push(href(`/configs/${encodeURIComponent(d.id)}`)),
  });
  const nameErrors = clone.fieldErrors?.name;
  const remove = useActionRunner(deleteConfigAction, {
    success: `Deleted ${name}`,
    onSuccess: () => router.push(href('/configs')),
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
            errors={nameErrors}
            hint="The clone gets its own server URL."
          >
            <Input
              id="clone-name"
              value={cloneName}
              onChange={(e) => setCloneName(e.target.value)}
              aria-invalid={nameErrors ? true : undefined}
            />
          </Field>
          {clone.error && !nameErrors && (
            <p role="alert" className="text-sm text-red-600 dark:text-red-400">
              {clone.error}
            </p>
          )}
          <Footer>
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={clone.pending}>
              Clone
            </Button>
          </Footer>
        </form>
      </Dialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={`Delete ${name}`}
        confirmLabel="Delete config"
        pending={remove.pending}
        typeToConfirm={name}
        errors={remove.fieldErrors?.confirmName}
        onConfirm={(confirmName) => void remove.run({ id, confirmName })}
      >
        The MCP server URL stops working at once: every agent using it loses its tools. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
