'use server';

import { applyPlanInput, applyStoredPlan } from '@/lib/config-plan/operations';
import { environmentParam, targetEnvironment } from '@/lib/config-plan/target-environment';
import type { ApplyResult } from '@/lib/config-plan/plan-schema';
import { defineAction } from '@/lib/request/define-action';

/** Applies the plan the page showed (by its digest), under the lost-update guard. */
export const applyPlanAction = defineAction({
  name: 'configs.apply',
  permission: 'configs:write',
  input: applyPlanInput.extend({ environment: environmentParam }),
  audit: (input, data?: ApplyResult) => ({
    target: input.environment,
    summary: data
      ? `Plan ${input.digest.slice(0, 12)} on ${input.environment}: ${data.outcome} (${data.counts.applied} applied, ${data.counts.skipped} skipped, ${data.counts.refused} refused, ${data.counts.failed} failed, ${data.counts.not_attempted} not attempted)`
      : `Plan ${input.digest.slice(0, 12)} on ${input.environment}`,
  }),
  handler: (input, ctx) =>
    applyStoredPlan(targetEnvironment(ctx, input.environment), ctx.user, input.digest, {
      requestId: ctx.requestId,
    }),
});
