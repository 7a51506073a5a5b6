import type { Metadata } from 'next';
import { UserSearch } from '@/components/accounts/user-search';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'Users' };
export const dynamic = 'force-dynamic';

export default async function UsersPage() {
  await pageContext('users:read');
  return (
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
  );
}
