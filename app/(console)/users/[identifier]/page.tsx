import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Card, PageHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { UserAccounts } from '@/components/users/user-accounts';
import { identifierField } from '@/lib/actions/users/schemas';
import { can } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';
import { loadUserAccounts } from '@/lib/users/accounts';
import { toAccountView } from '@/lib/users/rows';

export const metadata: Metadata = { title: 'User' };
export const dynamic = 'force-dynamic';

// Tolerates both an encoded and an already-decoded segment (a lone "%" must not crash the page).
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export default async function UserPage({ params }: { params: Promise<{ identifier: string }> }) {
  const raw = safeDecode((await params).identifier);
  const user = await requirePagePermission('users:read', `/users/${encodeURIComponent(raw)}`);
  const parsed = identifierField.safeParse(raw);
  if (!parsed.success) {
    return (
      <Card>
        <ErrorState title="That is not a valid identifier" message={parsed.error.issues[0]!.message} />
      </Card>
    );
  }
  const identifier = parsed.data;
  // Configs and the user's accounts are independent: fetched together, not one after the other.
  const [configs, accounts] = await Promise.allSettled([
    getScalekit().configs.listAll(),
    loadUserAccounts(identifier),
  ]);
  return (
    <>
      <PageHeader
        title={identifier}
        description={
          <>
            Connected accounts per config.{' '}
            <Link className="underline" href="/users">
              Find another user
            </Link>
          </>
        }
      />
      {configs.status === 'rejected' || accounts.status === 'rejected' ? (
        <Card>
          <ErrorState
            title="Could not load this user"
            message={String(
              (
                (configs.status === 'rejected'
                  ? configs.reason
                  : (accounts as PromiseRejectedResult).reason) as Error
              )?.message ?? 'Scalekit did not answer',
            )}
          />
        </Card>
      ) : (
        <Suspense>
          <UserAccounts
            identifier={identifier}
            configs={configs.value.map((c) => ({
              id: c.id,
              name: c.name,
              mappings: c.mappings.map((m) => ({ connectionName: m.connectionName, provider: m.provider })),
            }))}
            initial={{
              accounts: accounts.value.value.map(toAccountView),
              checkedAt: new Date(accounts.value.loadedAt).toISOString(),
            }}
            canLinks={can(user.role, 'users:links')}
            canWrite={can(user.role, 'accounts:write')}
          />
        </Suspense>
      )}
    </>
  );
}
