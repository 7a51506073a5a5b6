'use client';

import { useActionState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Link } from '@/components/ui/link';
import { applyPromotionAction } from '@/lib/config-plan/actions/apply-promotion';
import type { Plan } from '@/lib/config-plan/plan-schema';
import { ApplyResultView } from './apply-result-view';

type ApplyState = Awaited<ReturnType<typeof applyPromotionAction>> | null;

/**
 * Promote the plan shown: a plain form over the server action (it works before JavaScript), with the target's
 * name typed when it is production (the server checks it too). After a release that stopped half way, the same
 * form resumes: the engine skips the configs already written and applies the rest.
 */
export function PromoteApply({
  plan,
  production,
  reviewHref,
}: {
  plan: Plan;
  production: boolean;
  /** This page again: a new review, after the target changed or a problem was fixed. */
  reviewHref: string;
}) {
  const [state, action, pending] = useActionState<ApplyState, FormData>(applyPromotionAction, null);
  const result = state?.ok ? state.data : null;
  const pendingChanges = plan.configs.filter((c) => c.action !== 'unchanged').length;
  const blocked = plan.problems.length > 0;
  const resumable = result?.outcome === 'failed';
  const done = result && !resumable;
  return (
    <div className="space-y-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {result && <ApplyResultView result={result} otherEnvironment />}
      {result?.outcome === 'stale' && (
        <Link className={buttonClass('secondary')} href={reviewHref}>
          Review again
        </Link>
      )}
      {!done && (
        <form action={action} className="space-y-3" data-testid="promote-form">
          <input type="hidden" name="to" value={plan.environment} />
          <input type="hidden" name="digest" value={plan.digest} />
          {blocked && (
            <p className="text-sm text-red-700 dark:text-red-300" data-testid="promote-blocked">
              Blocked by the problems above: nothing has been written. Fix them, then{' '}
              <Link className="underline" href={reviewHref}>
                review again
              </Link>
              .
            </p>
          )}
          {production && !blocked && plan.changes && (
            <Field
              label={`Type ${plan.environment} to confirm`}
              htmlFor="promote-confirm"
              hint={`${plan.environment} is production: agents there see the change at once.`}
              errors={state && !state.ok ? state.fieldErrors?.confirm : undefined}
            >
              <Input id="promote-confirm" name="confirm" autoComplete="off" className="max-w-xs" />
            </Field>
          )}
          {state && !state.ok && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {state.error}
            </p>
          )}
          <Button type="submit" disabled={pending || blocked || !plan.changes}>
            {pending
              ? 'Promoting…'
              : resumable
                ? `Resume: promote the rest to ${plan.environment}`
                : plan.changes
                  ? `Promote ${pendingChanges} config${pendingChanges === 1 ? '' : 's'} to ${plan.environment}`
                  : 'Nothing to promote'}
          </Button>
        </form>
      )}
    </div>
  );
}
