import 'server-only';
import { z } from 'zod';
import type { Actor } from './apply';
import { apply } from './apply';
import { can } from '@/lib/auth/roles';
import { listEnvironments } from '@/lib/environments';
import { ActionError } from '@/lib/errors/action-error';
import type { RequestContext } from '@/lib/request/context';
import type { ApplyResult } from './plan-schema';
import { loadPlan } from './plan-store';
import { environmentParam, type TargetEnvironment } from './target-environment';

export { planPromotion } from './plan-promotion';

/** A release is a handful of configs chosen together; more than this is a file to apply, not a promotion. */
export const MAX_RELEASE = 50;

const names = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => [
    ...new Set(
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(
        z
          .string()
          .max(200, 'A config name is at most 200 characters')
          .regex(/^[^\u0000-\u001f\u007f]*$/, 'A config name cannot contain control characters'),
      )
      .max(MAX_RELEASE, `Promote at most ${MAX_RELEASE} configs at once`),
  );

/** The promote page's address: `?configs=a,b` (or repeated) and, once chosen, `&to=<environment>`. */
export const promoteQuery = z.object({
  configs: names.optional().transform((v) => v ?? []),
  to: environmentParam.optional(),
});
export type PromoteQuery = z.infer<typeof promoteQuery>;

/** What applying a promotion sends: the plan shown, and the target's name typed when it is production. */
export const applyPromotionInput = z.object({
  to: environmentParam,
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'The plan digest is 64 hex digits'),
  confirm: z.string().max(200).optional(),
});
export type ApplyPromotionInput = z.infer<typeof applyPromotionInput>;

/** The environments someone can promote to from `source`: every other one where they may write configs. */
export function promotionTargets(ctx: RequestContext, source: string) {
  return listEnvironments().filter((e) => e.name !== source && can(ctx.roleIn(e.name), 'configs:write'));
}

/** The word a person types before a promotion writes to a production environment: its name. */
export const confirmationNeeded = (target: { name: string; production: boolean }) =>
  target.production ? target.name : null;

/**
 * Applies a stored promotion plan to its target, under the lost-update guard: only a plan promoting from this
 * source, and for a production target only with its name typed (checked here, not only in the form). A release
 * that stops half way says which configs were applied and which not; applying the same plan again resumes.
 */
export async function applyPromotion(
  source: string,
  target: TargetEnvironment & { production: boolean },
  actor: Actor,
  input: ApplyPromotionInput,
  o: { requestId?: string } = {},
): Promise<ApplyResult> {
  const word = confirmationNeeded(target);
  if (word !== null && input.confirm?.trim() !== word)
    throw new ActionError(`${target.name} is production: type its name (${word}) to confirm the promotion`, {
      confirm: [`Type ${word} to confirm`],
    });
  const p = await loadPlan(target.name, input.digest);
  if (!p || p.source.kind !== 'promotion' || p.source.fromEnvironment !== source)
    throw new ActionError(
      `No promotion ${input.digest.slice(0, 12)} from ${source} to ${target.name}: plans are kept for 24 hours. Review the promotion again.`,
      undefined,
      undefined,
      404,
    );
  return apply(p, target.client, actor, { requestId: o.requestId });
}

/** The source environment's audit line: what was promoted where, and how it ended. */
export function promotionAuditSummary(input: ApplyPromotionInput, data: ApplyResult | undefined): string {
  const plan = `plan ${input.digest.slice(0, 12)}`;
  if (!data) return `Promotion to ${input.to} (${plan})`;
  const names = data.configs.filter((c) => c.action !== 'unchanged').map((c) => c.name);
  const n = data.counts;
  return `Promoted ${names.join(', ') || 'nothing'} to ${input.to} (${plan}): ${data.outcome}, ${n.applied} applied, ${n.skipped} skipped, ${n.refused} refused, ${n.failed} failed, ${n.not_attempted} not attempted`;
}
