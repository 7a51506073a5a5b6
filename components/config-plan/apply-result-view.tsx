import { Link } from '@/components/ui/link';
import { DiffView } from '@/components/configs/diff-view';
import { Badge, type Tone } from '@/components/ui/badge';
import type { ApplyResult } from '@/lib/config-plan/plan-schema';
import { envPath } from '@/lib/environments/paths';

const TONE: Record<ApplyResult['configs'][number]['status'], Tone> = {
  applied: 'success',
  skipped: 'neutral',
  refused: 'warning',
  failed: 'danger',
  not_attempted: 'neutral',
};

/**
 * What happened to each config of an apply, exactly: applied, skipped, refused (with the change), failed, not
 * attempted. `otherEnvironment`: the target is not the page's environment (a promotion), so links go there.
 */
export function ApplyResultView({
  result,
  otherEnvironment,
}: {
  result: ApplyResult;
  otherEnvironment?: boolean;
}) {
  const inTarget = (path: string) => (otherEnvironment ? envPath(result.environment, path) : path);
  const ok = result.outcome === 'applied' || result.outcome === 'nothing_to_do';
  return (
    <div className="space-y-3" data-testid="apply-result">
      <p
        role="status"
        className={
          ok ? 'text-sm text-emerald-700 dark:text-emerald-300' : 'text-sm text-red-700 dark:text-red-300'
        }
      >
        {result.message}
      </p>
      <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
        {result.configs
          .filter((c) => c.action !== 'unchanged')
          .map((c) => (
            <li key={c.name} className="space-y-1 py-2" data-testid={`applied-${c.name}`}>
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={TONE[c.status]}>{c.status.replace('_', ' ')}</Badge>
                <span className="font-medium">{c.name}</span>
                <span className="text-zinc-500">{c.message}</span>
                {c.id && c.status === 'applied' && (
                  <Link
                    className="text-indigo-600 underline dark:text-indigo-300"
                    href={inTarget(`/configs/${encodeURIComponent(c.id)}/history`)}
                  >
                    History
                  </Link>
                )}
              </div>
              {c.conflict && (
                <div className="rounded-md border border-amber-200 p-3 dark:border-amber-900">
                  <p className="mb-2 text-xs text-zinc-500">Changed on the target since the plan:</p>
                  <DiffView diff={c.conflict.change} />
                </div>
              )}
            </li>
          ))}
      </ul>
      <p className="text-xs text-zinc-500">
        Every write is in the{' '}
        <Link className="underline" href="/audit?action=config.update">
          audit log
        </Link>{' '}
        and each config&apos;s history.
      </p>
    </div>
  );
}
