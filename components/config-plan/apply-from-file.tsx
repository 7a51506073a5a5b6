'use client';

import { startTransition, useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Field, Select } from '@/components/ui/field';
import { applyPlanAction } from '@/lib/config-plan/actions/apply-plan';
import { planFileAction } from '@/lib/config-plan/actions/plan-file';
import type { Plan } from '@/lib/config-plan/plan-schema';
import { ApplyResultView } from './apply-result-view';
import { PlanView } from './plan-view';

type PlanState = Awaited<ReturnType<typeof planFileAction>> | null;
type ApplyState = Awaited<ReturnType<typeof applyPlanAction>> | null;

const textareaClass =
  'min-h-64 w-full rounded-md border border-zinc-300 bg-white p-3 font-mono text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

/**
 * Upload or paste a configs file, choose the environment, read the plan, apply it. Plain forms with server
 * actions: they work before the page's JavaScript has loaded, and each apply runs exactly the plan shown.
 */
export function ApplyFromFile({ environments }: { environments: string[] }) {
  const [planned, planAction, planning] = useActionState<PlanState, FormData>(planFileAction, null);
  const outcome = planned?.ok ? planned.data.outcome : null;
  const submitted = planned?.ok ? planned.data.submitted : null;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="1. The file"
          description="YAML or JSON, as mcp-console export writes it. Nothing is written until you apply."
        />
        <form
          action={planAction}
          className="space-y-4 p-5"
          // With JavaScript, submit without React's reset after an action: the file stays in the box to fix and
          // plan again. Without it, the browser posts the form and the page shows `submitted` again.
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            startTransition(() => planAction(data));
          }}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Environment" htmlFor="plan-environment">
              <Select
                id="plan-environment"
                name="environment"
                defaultValue={submitted?.environment ?? environments[0]}
              >
                {environments.map((e) => (
                  <option key={e}>{e}</option>
                ))}
              </Select>
            </Field>
            <Field label="Upload a file" htmlFor="plan-file" hint="Or paste it below.">
              <input
                id="plan-file"
                name="file"
                type="file"
                accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
                className="block w-full text-sm"
              />
            </Field>
          </div>
          <Field
            label="File name"
            htmlFor="plan-file-name"
            hint="Recorded in each config's history with the file's digest."
          >
            <input
              id="plan-file-name"
              name="fileName"
              defaultValue={submitted?.fileName ?? 'pasted.yaml'}
              className="h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            />
          </Field>
          <Field label="Configs file" htmlFor="plan-content">
            <textarea
              id="plan-content"
              name="content"
              className={textareaClass}
              spellCheck={false}
              defaultValue={submitted?.content ?? ''}
              placeholder={
                'version: 1\nconfigs:\n  email-assistant:\n    description: Reads and sends mail\n    connections:\n      gmail:\n        tools: [gmail_fetch_mails]'
              }
            />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="prune" defaultChecked={submitted?.prune ?? false} /> Prune: delete
            the environment&apos;s configs that the file does not name
          </label>
          <Button type="submit" disabled={planning}>
            {planning ? 'Planning…' : 'Plan'}
          </Button>
        </form>
      </Card>
      {planned && !planned.ok && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {planned.error}
        </p>
      )}
      {outcome && !outcome.ok && (
        <Card>
          <CardHeader title={`${outcome.fileName} is not valid`} description="Fix these, then plan again." />
          <ul className="space-y-1 p-5 font-mono text-xs" data-testid="file-errors" role="alert">
            {outcome.errors.map((e, i) => (
              <li key={i}>
                line {e.line}, column {e.column}
                {e.path ? ` (${e.path})` : ''}: {e.message}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {outcome?.ok && (
        <Card>
          <CardHeader
            title={`2. The plan for ${outcome.plan.environment}`}
            description={`From ${outcome.plan.source.kind === 'file' ? outcome.plan.source.fileName : 'a promotion'}`}
          />
          <div className="space-y-4 p-5">
            <PlanView plan={outcome.plan} />
            <ApplyForm key={outcome.plan.digest} plan={outcome.plan} />
          </div>
        </Card>
      )}
    </div>
  );
}

function ApplyForm({ plan }: { plan: Plan }) {
  const [applied, applyAction, applying] = useActionState<ApplyState, FormData>(applyPlanAction, null);
  const pending = plan.configs.filter((c) => c.action !== 'unchanged').length;
  if (applied?.ok) return <ApplyResultView result={applied.data} />;
  return (
    <form action={applyAction} className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <input type="hidden" name="environment" value={plan.environment} />
      <input type="hidden" name="digest" value={plan.digest} />
      {applied && !applied.ok && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {applied.error}
        </p>
      )}
      <Button type="submit" disabled={applying || !plan.changes || plan.problems.length > 0}>
        {applying
          ? 'Applying…'
          : plan.changes
            ? `Apply ${pending} change${pending === 1 ? '' : 's'} to ${plan.environment}`
            : 'Nothing to apply'}
      </Button>
    </form>
  );
}
