import { DiffView } from '@/components/configs/diff-view';
import { Badge, type Tone } from '@/components/ui/badge';
import type { Plan, PlannedConfig } from '@/lib/config-plan/plan-schema';

const TONE: Record<PlannedConfig['action'], Tone> = {
  create: 'success',
  update: 'info',
  delete: 'danger',
  unchanged: 'neutral',
};

function Impact({ c }: { c: PlannedConfig }) {
  const i = c.impact;
  if (!i || c.action === 'create') return null;
  return (
    <p className="text-xs text-zinc-500" data-testid={`impact-${c.name}`}>
      {c.action === 'delete'
        ? `${i.users} user(s); ${i.readyNow} ready now lose every tool; ${i.recentTokens} recent token(s)`
        : `${i.users} user(s), ${i.readyNow} ready now${i.wouldStopBeingReady ? `, ${i.wouldStopBeingReady} would stop being ready` : ''}${i.recentTokens ? `, ${i.recentTokens} recent token(s) see the change` : ''}`}
    </p>
  );
}

/** A plan as a person reviews it: problems first, then each config that changes with its diff and impact. */
export function PlanView({ plan }: { plan: Plan }) {
  const changed = plan.configs.filter((c) => c.action !== 'unchanged');
  const unchanged = plan.configs.filter((c) => c.action === 'unchanged');
  const s = plan.summary;
  return (
    <div className="space-y-4" data-testid="plan">
      <p className="text-sm" data-testid="plan-summary">
        {plan.changes
          ? `${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.unchanged} unchanged`
          : `No changes: ${plan.environment} already matches ${plan.source.kind === 'file' ? 'the file' : plan.source.fromEnvironment}`}
        <span className="ml-2 font-mono text-xs text-zinc-500">plan {plan.digest.slice(0, 12)}</span>
      </p>
      {plan.problems.length > 0 && (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-medium">
            Fix these problems first: nothing can be applied while the plan has them.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="plan-problems">
            {plan.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {changed.map((c) => (
          <li key={c.name} className="space-y-2 py-3" data-testid={`planned-${c.name}`}>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={TONE[c.action]}>{c.action}</Badge>
              <span className="font-medium">{c.name}</span>
              {c.problems.length > 0 && <Badge tone="danger">{c.problems.length} problem(s)</Badge>}
            </div>
            <Impact c={c} />
            {c.diff && (
              <details open={changed.length <= 5}>
                <summary className="cursor-pointer text-xs text-zinc-500">Effective tools</summary>
                <div className="mt-2">
                  <DiffView diff={c.diff} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
      {unchanged.length > 0 && (
        <p className="text-xs text-zinc-500">Unchanged: {unchanged.map((c) => c.name).join(', ')}</p>
      )}
    </div>
  );
}
