import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { UserSearch } from '@/components/accounts/user-search';
import { pageContext } from '@/lib/request/context';
import { QueryProvider } from '@/components/ui/query-provider';

export const metadata: Metadata = { title: 'Users' };
export const dynamic = 'force-dynamic';

export default async function UsersPage() {
  await pageContext('users:read', '/users');
  return (
    <QueryProvider>
      <>
        <PageHeader
          title="Users"
          description="Look a user up to see each connection's auth state live and hand out re-auth links."
          action={
            <Link className={buttonClass('secondary')} href="/users/readiness">
              Readiness grid
            </Link>
          }
        />
        <UserSearch />
      </>
    </QueryProvider>
  );
}
