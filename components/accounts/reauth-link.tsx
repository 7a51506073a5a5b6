'use client';

import { LinkResult } from '@/components/connect-links/link-result';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { getAuthLinkAction } from '@/lib/accounts/actions/get-auth-link';

/**
 * The one fix for a call that failed on the user's account: a fresh auth link for that connection and that
 * user, whichever configs map the connection. A form, so it works before the page's JavaScript has loaded.
 */
export function ReauthLink({
  identifier,
  connectionName,
  appName,
}: {
  identifier: string;
  connectionName: string;
  appName: string;
}) {
  const made = useFormAction(getAuthLinkAction, { success: `Auth link for ${connectionName} is ready` });
  const link = made.state?.ok ? made.state.data : null;
  return (
    <div className="space-y-2" data-testid="reauth">
      <form action={made.formAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="identifier" value={identifier} />
        <input type="hidden" name="connectionName" value={connectionName} />
        <Button type="submit" size="sm" variant="secondary" loading={made.pending}>
          {link ? 'Get another link' : 'Get re-auth link'}
        </Button>
        <span className="text-zinc-500">
          {appName} ({connectionName}) for {identifier}: they open it and authorize again.
        </span>
      </form>
      {link && (
        <div className="max-w-xl">
          <LinkResult url={link.link} expiresAt={link.expiresAt} label="auth link" />
        </div>
      )}
      {made.error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {made.error}
        </p>
      )}
    </div>
  );
}
