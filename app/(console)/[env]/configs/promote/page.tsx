import type { Metadata } from 'next';
import { PlanView } from '@/components/config-plan/plan-view';
import { PromoteApply } from '@/components/config-plan/promote-apply';
import { PromoteTargetForm } from '@/components/config-plan/promote-target-form';
import { buttonClass } from '@/components/ui/button';
import { Card, CardHeader, PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { ProblemState } from '@/components/ui/problem-state';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { findEnvironment } from '@/lib/environments';
import { planPromotion, promoteQuery, promotionTargets } from '@/lib/config-plan/promote';
import { targetEnvironment } from '@/lib/config-plan/target-environment';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Promote configs' };
export const dynamic = 'force-dynamic';

const own = (raw: Record<string, unknown>, key: string) => (Object.hasOwn(raw, key) ? raw[key] : undefined);

export default async function PromotePage({
  params,
  searchParams,
}: {
  params: Promise<{ env: string }>;
  searchParams: Promise<Record<string, unknown>>;
}) {
  const ctx = await pageContext('configs:read', { params });
  const source = ctx.environment!.name;
  const raw = await searchParams;
  const query = promoteQuery.safeParse({ configs: own(raw, 'configs'), to: own(raw, 'to') });
  const header = (
    <PageHeader
      title="Promote configs"
      description={`From ${source} to another environment: every problem is named before anything is written, then the change is reviewed against the target's current version and users.`}
      action={
        <Link className={buttonClass('secondary')} href="/configs">
          Choose configs
        </Link>
      }
    />
  );
  if (!query.success)
    return (
      <>
        {header}
        <Card>
          <ErrorState
            title="This promotion's address is not valid"
            message={query.error.issues[0]?.message}
          />
        </Card>
      </>
    );
  const { configs, to } = query.data;
  if (configs.length === 0)
    return (
      <>
        {header}
        <Card>
          <EmptyState
            title="Choose what to promote"
            description="Open a config and choose Promote, or tick several on the configs list to promote them together as a release."
          />
        </Card>
      </>
    );
  const targets = promotionTargets(ctx, source);
  const reviewHref = `/configs/promote?${new URLSearchParams({ configs: configs.join(','), ...(to ? { to } : {}) })}`;
  const loaded = to
    ? await pageLoad(ctx, () =>
        planPromotion(
          { name: source, client: ctx.scalekit },
          targetEnvironment(ctx, to, 'configs:write'),
          ctx.user,
          configs,
        ),
      )
    : null;
  const plan = loaded?.ok ? loaded.value : null;
  const versions = plan?.source.kind === 'promotion' ? (plan.source.versions ?? {}) : {};
  return (
    <>
      {header}
      <PromoteTargetForm
        source={source}
        configs={configs}
        targets={targets.map((t) => ({ name: t.name, production: t.production }))}
        chosen={to}
      />
      {loaded && !loaded.ok && (
        <ProblemState title="Could not review this promotion" problem={loaded.problem} />
      )}
      {plan && (
        <Card className="mt-6">
          <CardHeader
            title={`Promote to ${plan.environment}`}
            description={`From ${source}: ${configs.map((n) => `${n} (version ${versions[n] ?? '?'})`).join(', ')}`}
          />
          <div className="space-y-4 p-5">
            <PlanView plan={plan} />
            <PromoteApply
              key={plan.digest}
              plan={plan}
              production={findEnvironment(plan.environment)?.production ?? false}
              reviewHref={reviewHref}
            />
          </div>
        </Card>
      )}
    </>
  );
}
