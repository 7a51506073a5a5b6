'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import { useQuery } from '@tanstack/react-query';
import { StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { authLinkUsed } from '@/components/connect-links/auth-link-used';
import { LinkResult } from '@/components/connect-links/link-result';
import { Skeleton } from '@/components/ui/states';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { getAuthLinkAction } from '@/lib/accounts/actions/get-auth-link';
import { readinessQuery } from './queries';
import { useState } from 'react';
import { Link } from '@/components/ui/link';

/** Each connection's state for the user, with a fresh auth link for anything not ACTIVE. */
export function ReadinessPanel({ configId, identifier }: { configId: string; identifier: string }) {
  const q = useQuery(readinessQuery(useEnvironment(), configId, identifier));
  const [links, setLinks] = useState<
    Record<string, { link: string; expiresAt: string; madeAt: string; statusWhenMade: string | null }>
  >({});
  const linkRunner = useActionRunner(getAuthLinkAction, {
    success: (d) => `Auth link for ${d.connectionName} is ready`,
    onSuccess: (d) =>
      setLinks((l) => ({
        ...l,
        [d.connectionName]: {
          link: d.link,
          expiresAt: d.expiresAt,
          madeAt: d.issuedAt,
          statusWhenMade:
            q.data?.connections.find((c) => c.connectionName === d.connectionName)?.status ?? null,
        },
      })),
  });
  if (q.isPending) return <Skeleton className="h-20" />;
  if (q.isError) return <p className="text-sm text-red-600">{q.error.message}</p>;
  const notReady = q.data.connections.filter((c) => c.status !== 'ACTIVE');
  return (
    <div className="space-y-2" data-testid="readiness">
      <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {q.data.connections.map((c) => (
          <li
            key={c.connectionName}
            className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
          >
            <span className="font-medium">{c.connectionName}</span>
            <span className="flex items-center gap-2">
              <StatusBadge status={c.status} />
              {c.status !== 'ACTIVE' && (
                <Button
                  size="sm"
                  variant="secondary"
                  loading={linkRunner.pending}
                  onClick={() => linkRunner.run({ identifier, connectionName: c.connectionName })}
                >
                  Get auth link
                </Button>
              )}
            </span>
            {links[c.connectionName] && (
              <div className="w-full">
                <LinkResult
                  url={links[c.connectionName]!.link}
                  expiresAt={links[c.connectionName]!.expiresAt}
                  label="auth link"
                  usedBy={
                    authLinkUsed(links[c.connectionName]!, { status: c.status })
                      ? `${c.connectionName} is connected`
                      : null
                  }
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      {notReady.length > 0 ? (
        <p className="text-sm text-amber-700 dark:text-amber-400" role="status">
          Not ready: {notReady.map((c) => c.connectionName).join(', ')} {notReady.length === 1 ? 'is' : 'are'}{' '}
          not ACTIVE for {identifier}. Send an auth link, or open{' '}
          <Link className="underline" href={`/users/${encodeURIComponent(identifier)}`}>
            the user page
          </Link>{' '}
          for a connect link.
        </p>
      ) : (
        <p className="text-sm text-emerald-700 dark:text-emerald-400">
          Every connection is ACTIVE: ready to mint.
        </p>
      )}
    </div>
  );
}
