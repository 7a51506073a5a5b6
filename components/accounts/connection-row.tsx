'use client';

import { Link } from '@/components/ui/link';
import { useQueryClient } from '@tanstack/react-query';
import { StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { Td, Tr } from '@/components/ui/table';
import { useFormAction } from '@/components/ui/use-form-action';
import { getAuthLinkAction } from '@/lib/accounts/actions/get-auth-link';
import type { ConnectionRow as Row } from '@/lib/accounts/rows';
import { AccountActions } from './account-actions';
import { LinkResult } from '@/components/connect-links/link-result';
import { userKeys } from './queries';

/** One mapped connection of a config for one user: state, details and what support can do about it. */
export function ConnectionRow({
  row,
  identifier,
  configId,
  canLinks,
  canWrite,
}: {
  row: Row;
  identifier: string;
  configId: string;
  canLinks: boolean;
  canWrite: boolean;
}) {
  const qc = useQueryClient();
  // A form: it works before the page's JavaScript has loaded (the link then arrives with the page).
  const authLink = useFormAction(getAuthLinkAction, {
    success: `Auth link for ${row.connectionName} is ready: valid about a minute`,
    // Asking for a link can create the account (PENDING_AUTH): show it and keep watching.
    onSuccess: () => void qc.invalidateQueries({ queryKey: userKeys.accounts(identifier) }),
  });
  const link = authLink.state?.ok ? authLink.state.data : null;
  const a = row.account;
  const status = a?.status ?? null;
  return (
    <Tr className="align-top" data-testid={`row-${row.connectionName}`}>
      <Td>
        <Link
          className="font-medium hover:underline"
          href={`/connections/${encodeURIComponent(row.connectionName)}`}
        >
          {row.connectionName}
        </Link>
        <div className="text-xs text-zinc-500">{row.provider || '—'}</div>
      </Td>
      <Td data-testid="status">
        <StatusBadge status={status} />
      </Td>
      <Td className="hidden font-mono text-xs text-zinc-500 md:table-cell">{a?.id ?? '—'}</Td>
      <Td className="hidden text-xs lg:table-cell">
        {a?.tokenExpiresAt ? <RelativeTime iso={a.tokenExpiresAt} /> : '—'}
      </Td>
      <Td className="hidden text-xs lg:table-cell">
        {a?.updatedAt ? <RelativeTime iso={a.updatedAt} past /> : '—'}
      </Td>
      <Td>
        <div className="flex flex-wrap justify-end gap-1">
          {canLinks && (
            <form action={authLink.formAction}>
              <input type="hidden" name="configId" value={configId} />
              <input type="hidden" name="identifier" value={identifier} />
              <input type="hidden" name="connectionName" value={row.connectionName} />
              <Button
                type="submit"
                size="sm"
                variant={status === 'ACTIVE' ? 'ghost' : 'secondary'}
                loading={authLink.pending}
              >
                {status === 'ACTIVE' ? 'Re-auth link' : 'Get auth link'}
              </Button>
            </form>
          )}
          {canWrite && a && (
            <AccountActions identifier={identifier} connectionName={row.connectionName} accountId={a.id} />
          )}
        </div>
        {link && (
          // A set width: the URL is one unbreakable line, which would otherwise widen the cell to its full
          // length and push the row's other buttons out of view (seen at 1,400 px).
          <div className="mt-2 w-64 max-w-full sm:w-80">
            <LinkResult url={link.link} expiresAt={link.expiresAt} label="auth link" />
          </div>
        )}
        {authLink.error && (
          <p role="alert" className="mt-2 text-right text-xs text-red-700 dark:text-red-400">
            {authLink.error}
          </p>
        )}
      </Td>
    </Tr>
  );
}
