'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogCommand } from '@/components/ui/dialog';
import { Footer } from '@/components/ui/footer';
import { useFormAction } from '@/components/ui/use-form-action';
import { endSessionsAction } from '@/lib/people/actions/end-sessions';

/**
 * Ends every session of one person, after a confirmation. The dialog opens and its form submits without
 * JavaScript too (invoker commands and a `<form action>`); the server then renders the page with the result.
 */
export function EndSessionsButton({ email, you }: { email: string; you: boolean }) {
  const dialogId = `end-sessions-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const router = useRouter();
  const end = useFormAction(endSessionsAction, {
    success: (d) => `Ended ${d.ended} session${d.ended === 1 ? '' : 's'} of ${d.email}`,
    onSuccess: () => {
      (document.getElementById(dialogId) as HTMLDialogElement | null)?.close();
      router.refresh();
    },
  });
  const done = end.state?.ok ? end.state.data : null;
  return (
    <>
      <DialogCommand dialogId={dialogId} command="show-modal" size="sm" variant="danger">
        End sessions
      </DialogCommand>
      <Dialog id={dialogId} shown={!!end.state} title={`End the sessions of ${email}?`}>
        <form action={end.formAction} className="space-y-4 text-sm">
          <input type="hidden" name="email" value={email} />
          <p className="text-zinc-600 dark:text-zinc-400">
            {you
              ? 'This is you: every browser you are signed in with, this one included, is signed out.'
              : `Every browser ${email} is signed in with is signed out, on every console instance, within a few seconds.`}{' '}
            They can sign in again while their role allows it: to keep someone out, take them off the role
            mapping too.
          </p>
          {done && (
            <p role="status">
              Ended {done.ended} session{done.ended === 1 ? '' : 's'} of {done.email}.
            </p>
          )}
          {end.error && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {end.error}
            </p>
          )}
          <Footer>
            <DialogCommand dialogId={dialogId} command="close" variant="secondary">
              {done ? 'Close' : 'Cancel'}
            </DialogCommand>
            {!done && (
              <Button type="submit" variant="danger" loading={end.pending}>
                End sessions
              </Button>
            )}
          </Footer>
        </form>
      </Dialog>
    </>
  );
}
