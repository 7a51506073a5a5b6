'use client';

import { Link } from '@/components/ui/link';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { Td, Tr } from '@/components/ui/table';
import { useFormAction } from '@/components/ui/use-form-action';
import { getAuthLinkAction } from '@/lib/accounts/actions/get-auth-link';
import type { ConnectionRow as Row } from '@/lib/accounts/rows';
import { AccountActions } from './account-actions';
import { authLinkUsed } from '@/components/connect-links/auth-link-used';
import { LinkResult } from '@/components/connect-links/link-result';
import { connectorLabel } from '@/lib/connectors/display-name';
import { userKeys } from './queries';

/** One mapped connection of a config for one user: state, details and what support can do about it. */
export function ConnectionRow({
  row,
  identifier,
  canLinks,
  canWrite,
}: {
  row: Row;
  identifier: string;
  canLinks: boolean;
  canWrite: boolean;
}) {
  const qc = useQueryClient();
  const a = row.account;
  const status = a?.status ?? null;
  // The account's status when the link arrived: the link is spent once the account moves on from it.
  const [statusWhenMade, setStatusWhenMade] = useState<string | null | undefined>(undefined);
  // A form: it works before the page's JavaScript has loaded (the link then arrives with the page).
  const authLink = useFormAction(getAuthLinkAction, {
    success: `Auth link for ${row.connectionName} is ready`,
    onSuccess: () => {
      setStatusWhenMade(status);
      // Asking for a link can create the account (PENDING_AUTH): show it and keep watching.
      void qc.invalidateQueries({ queryKey: userKeys.accounts(identifier) });
    },
  });
  const link = authLink.state?.ok ? authLink.state.data : null;
  const used = !!link && authLinkUsed({ statusWhenMade, madeAt: link.issuedAt }, a);
  return (
    <Tr className="align-top" data-testid={`row-${row.connectionName}`}>
      <Td>
        <Link
          className="font-medium hover:underline"
          href={`/connections/${encodeURIComponent(row.connectionName)}`}
        >
          {row.connectionName}
        </Link>
        <div className="text-xs text-zinc-500">{connectorLabel(row.provider || row.connectionName)}</div>
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
            <LinkResult
              url={link.link}
              expiresAt={link.expiresAt}
              label="auth link"
              usedBy={used ? `${row.connectionName} is connected` : null}
            />
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
