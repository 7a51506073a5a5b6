'use server';

import type { ApplyResult } from '@/lib/config-plan/plan-schema';
import { applyPromotion, applyPromotionInput, promotionAuditSummary } from '@/lib/config-plan/promote';
import { targetEnvironment } from '@/lib/config-plan/target-environment';
import { environmentNamed } from '@/lib/request/context';
import { defineAction } from '@/lib/request/define-action';

/**
 * Applies the promotion the page showed (by its digest), sent from the source environment's page: reading the
 * source is enough there, writing needs configs:write in the target (checked here, on the server). The entry
 * this records is the source's ("promoted to ..."); each config written is recorded in the target's audit.
 */
export const applyPromotionAction = defineAction({
  name: 'configs.promote',
  permission: 'configs:read',
  input: applyPromotionInput,
  audit: (input, data?: ApplyResult) => ({
    target: input.to,
    summary: promotionAuditSummary(input, data),
  }),
  handler: (input, ctx) => {
    const target = targetEnvironment(ctx, input.to, 'configs:write');
    return applyPromotion(
      ctx.environment!.name,
      { ...target, production: environmentNamed(target.name).production },
      { email: ctx.user.email, role: ctx.roleIn(target.name) ?? 'none' },
      input,
      { requestId: ctx.requestId },
    );
  },
});
