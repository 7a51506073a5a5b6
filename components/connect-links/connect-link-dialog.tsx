'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogCommand } from '@/components/ui/dialog';
import { Footer } from '@/components/ui/footer';
import { useFormAction } from '@/components/ui/use-form-action';
import { createConnectLinkAction } from '@/lib/connect-links/actions/create-connect-link';
import { LifetimePicker } from './lifetime-picker';
import { LinkResult } from './link-result';

/**
 * A signed link for the end user to authorize every pending connection of one config, by any channel. The
 * dialog opens and its form submits without JavaScript too (invoker commands and a `<form action>`).
 */
export function ConnectLinkButton({
  identifier,
  configId,
  configName,
}: {
  identifier: string;
  configId: string;
  configName: string;
}) {
  const dialogId = `connect-link-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const create = useFormAction(createConnectLinkAction, { success: 'Connect link created' });
  const made = create.state?.ok ? create.state.data : null;
  return (
    <>
      <DialogCommand dialogId={dialogId} command="show-modal" size="sm" variant="secondary">
        Create connect link
      </DialogCommand>
      <Dialog id={dialogId} shown={!!create.state} title={`Connect link for ${identifier}`}>
        <form action={create.formAction} className="space-y-4 text-sm">
          <input type="hidden" name="identifier" value={identifier} />
          <input type="hidden" name="configId" value={configId} />
          <p className="text-zinc-600 dark:text-zinc-400">
            {identifier} opens it without a console account, sees the connections of <b>{configName}</b> and
            authorizes each pending one. Anyone holding the link can do that for this user until it expires,
            so send it only to them.
          </p>
          <LifetimePicker name="lifetime" defaultValue="1d" />
          {made && <LinkResult url={made.url} expiresAt={made.expiresAt} label="connect link" />}
          {create.error && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {create.error}
            </p>
          )}
          <Footer>
            <DialogCommand dialogId={dialogId} command="close" variant="secondary">
              Close
            </DialogCommand>
            <Button type="submit" loading={create.pending}>
              {made ? 'Create another' : 'Create link'}
            </Button>
          </Footer>
        </form>
      </Dialog>
    </>
  );
}
