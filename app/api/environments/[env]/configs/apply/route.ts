import { z } from 'zod';
import { applyPlanInput, applyStoredPlan } from '@/lib/config-plan/operations';
import { applyResultSchema } from '@/lib/config-plan/plan-schema';
import { environmentParam, targetEnvironment } from '@/lib/config-plan/target-environment';
import { defineRoute } from '@/lib/request/define-route';

/** Applies a plan made by the plan route, by its digest, under the lost-update guard. */
export const POST = defineRoute({
  name: 'configs.apply',
  access: 'configs:write',
  apiKeys: true,
  mutation: true,
  params: z.object({ env: environmentParam }),
  body: applyPlanInput,
  doc: {
    summary: 'Apply a plan by its digest',
    description:
      'Applies exactly the plan with this digest, config by config, each under the lost-update guard. Refused before any write (409) if the plan has problems or a target config changed since the plan. Idempotent: configs already as planned are skipped, so applying the same plan again resumes an interrupted apply. 200 when everything is applied (or nothing was needed), 409 otherwise; the body says what happened to each config.',
    response: applyResultSchema,
  },
  audit: ({ params, body }) => ({
    target: params.env,
    summary: `Applied plan ${body.digest.slice(0, 12)} to ${params.env}`,
  }),
  handler: async ({ params, body }, ctx) => {
    const target = targetEnvironment(ctx, params.env);
    const result = await applyStoredPlan(target, ctx.user!, body.digest, { requestId: ctx.requestId });
    const ok = result.outcome === 'applied' || result.outcome === 'nothing_to_do';
    return Response.json(result, { status: ok ? 200 : 409, headers: { 'cache-control': 'no-store' } });
  },
});
