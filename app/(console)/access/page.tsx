import type { Metadata } from 'next';
import { AccessTabs } from '@/components/access/access-tabs';
import { PeopleTable } from '@/components/access/people-table';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Footer } from '@/components/ui/footer';
import { Link } from '@/components/ui/link';
import { ProblemState } from '@/components/ui/problem-state';
import { EmptyState } from '@/components/ui/states';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { singleValues } from '@/lib/request/search-params';
import { listPeople } from '@/lib/people/people';
import { peoplePageQuery } from '@/lib/people/schema';

export const metadata: Metadata = { title: 'People' };
export const dynamic = 'force-dynamic';

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await pageContext('sessions:manage');
  const { page } = peoplePageQuery.parse(singleValues(await searchParams));
  const loaded = await pageLoad(ctx, () => listPeople(page));
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone who has signed in, with their role in each environment as the configuration gives it now. Ending someone's sessions signs them out everywhere within seconds."
      />
      <AccessTabs current="people" />
      {!loaded.ok ? (
        <ProblemState title="Could not list who has signed in" problem={loaded.problem} />
      ) : (
        <Card>
          {loaded.value.people.length ? (
            <PeopleTable people={loaded.value.people} you={ctx.user.email} />
          ) : (
            <EmptyState
              title="Nobody here"
              description="No one has signed in yet, or this page is past the end."
            />
          )}
        </Card>
      )}
      <Footer className="mt-4">
        {page > 1 && (
          <Link
            className={buttonClass('secondary')}
            href={page === 2 ? '/access' : `/access?page=${page - 1}`}
          >
            Newer
          </Link>
        )}
        {loaded.ok && loaded.value.more && (
          <Link className={buttonClass('secondary')} href={`/access?page=${page + 1}`}>
            Older
          </Link>
        )}
      </Footer>
    </>
  );
}
