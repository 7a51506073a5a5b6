import type { Metadata } from 'next';
import { PairView } from '@/components/compare/pair-view';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { ProblemState } from '@/components/ui/problem-state';
import { loadConfigPair } from '@/lib/compare/load-pair';
import {
  compareConfigParams,
  compareDiffPath,
  compareDiffSearchSchema,
  parseSearch,
} from '@/lib/compare/page-params';
import { listEnvironments } from '@/lib/environments';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { singleValues } from '@/lib/request/search-params';

export const metadata: Metadata = { title: 'Compare a config' };
export const dynamic = 'force-dynamic';

/**
 * One config, by name, in two environments (`?from=&to=`): the effective-tool diff per connection, drawn from
 * the lists the comparison already shares, so a cell opened from the matrix costs no call for the configs.
 */
export default async function CompareConfigPage({
  params,
  searchParams,
}: {
  params: Promise<{ config: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext('configs:read', { params, schema: compareConfigParams });
  const name = ctx.params.config;
  const mine = listEnvironments()
    .filter((e) => ctx.roleIn(e.name))
    .map((e) => e.name);
  const parsed = parseSearch(compareDiffSearchSchema, singleValues(await searchParams));
  const outside = parsed.ok ? [parsed.value.from, parsed.value.to].find((e) => !mine.includes(e)) : undefined;
  const problem = !parsed.ok
    ? `${parsed.message}. Name two environments: ?from=<environment>&to=<environment> (yours: ${mine.join(', ')})`
    : outside
      ? `"${outside}" is not an environment you can open (yours: ${mine.join(', ')})`
      : null;
  const back = (
    <Link
      className={buttonClass('secondary')}
      href={parsed.ok ? `/compare?baseline=${parsed.value.from}` : '/compare'}
    >
      Back to the comparison
    </Link>
  );
  if (!parsed.ok || problem)
    return (
      <>
        <PageHeader title={name} description="Compare this config between two environments." action={back} />
        <ProblemState title="This comparison's address is not valid" problem={{ message: problem! }} />
      </>
    );
  const { from, to } = parsed.value;
  const loaded = await pageLoad(ctx, () => loadConfigPair(name, from, to));
  return (
    <>
      <PageHeader
        title={name}
        description={`${from} → ${to}`}
        action={
          <div className="flex flex-wrap gap-2">
            <Link className={buttonClass('secondary')} href={compareDiffPath(name, to, from)}>
              Swap sides
            </Link>
            {back}
          </div>
        }
      />
      {loaded.ok ? (
        <PairView pair={loaded.value} />
      ) : (
        <ProblemState title="Could not compare this config" problem={loaded.problem} />
      )}
    </>
  );
}
