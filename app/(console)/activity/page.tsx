import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ActivityFilterForm } from '@/components/activity/activity-filters';
import { ActivityTable } from '@/components/activity/activity-table';
import { ActivityUnavailable } from '@/components/activity/unavailable-notice';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Footer } from '@/components/ui/footer';
import { ProblemState } from '@/components/ui/problem-state';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { parseActivityQuery } from '@/lib/activity/filters';
import { isActivityUnavailable, loadActivityPage } from '@/lib/activity/load';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Activity' };
export const dynamic = 'force-dynamic';

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('activity:read');
  const raw = await searchParams;
  const values = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]),
  ) as Record<string, string | undefined>;
  const parsed = parseActivityQuery(raw);
  const loaded = parsed.ok
    ? await pageLoad(ctx, () =>
        loadActivityPage(ctx.scalekit, parsed.value.filters, {
          pageSize: parsed.value.pageSize,
          pageToken: parsed.value.pageToken,
        }),
      )
    : null;
  const withPage = (page: string | undefined) =>
    `/activity?${new URLSearchParams(
      Object.entries({ ...values, page }).filter((e): e is [string, string] => !!e[1]),
    )}`;
  return (
    <>
      <PageHeader
        title="Activity"
        description="Every tool call your users' agents made, newest first. Open a call to see why it failed."
      />
      <Card className="mb-4 p-4">
        <ActivityFilterForm values={values} />
      </Card>
      {!parsed.ok ? (
        <Card>
          <ErrorState title="These filters are not valid" message={parsed.messages.join('. ')} />
        </Card>
      ) : !loaded!.ok ? (
        isActivityUnavailable(loaded!.problem) ? (
          <ActivityUnavailable />
        ) : (
          <ProblemState title="Could not load activity" problem={loaded!.problem} />
        )
      ) : (
        <>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="activity-total">
            <b>{loaded!.value.totalSize.toLocaleString('en-US')}</b> calls between{' '}
            {parsed.value.filters.startTime} and {parsed.value.filters.endTime}
          </p>
          <Card>
            {loaded!.value.items.length === 0 ? (
              <EmptyState title="No tool calls match these filters" />
            ) : (
              <ActivityTable calls={loaded!.value.items} />
            )}
          </Card>
          <Footer className="mt-4">
            {parsed.value.pageToken && (
              <Link className={buttonClass('secondary')} href={withPage(undefined)}>
                Newest
              </Link>
            )}
            {loaded!.value.prevPageToken && (
              <Link className={buttonClass('secondary')} href={withPage(loaded!.value.prevPageToken)}>
                Newer
              </Link>
            )}
            {loaded!.value.nextPageToken && (
              <Link className={buttonClass('secondary')} href={withPage(loaded!.value.nextPageToken)}>
                Older
              </Link>
            )}
          </Footer>
        </>
      )}
    </>
  );
}
