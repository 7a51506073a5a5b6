import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';
import type { ComparedEnvironment } from '@/lib/compare/types';
import type { EnvironmentHealth } from '@/lib/environments/types';

const HEALTH_TONE = { answering: 'success', slow: 'warning', failing: 'danger' } as const;
const HEALTH_WORDS = { answering: 'Answering', slow: 'Slow', failing: 'Failing' } as const;

/** A column's header: the environment, whether it answers, and the link that makes it the baseline. */
export function EnvironmentHeading({
  environment,
  health,
  baseline,
  baselineHref,
}: {
  environment: ComparedEnvironment;
  health: EnvironmentHealth | undefined;
  baseline: boolean;
  baselineHref: string;
}) {
  return (
    <div className="flex min-w-36 flex-col items-start gap-1" data-testid={`column-${environment.name}`}>
      <span className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{environment.name}</span>
      <span className="flex flex-wrap gap-1">
        {environment.production && <Badge tone="danger">production</Badge>}
        {health && (
          <Badge tone={HEALTH_TONE[health.state]}>
            {HEALTH_WORDS[health.state]} · {health.latencyMs} ms
          </Badge>
        )}
      </span>
      {baseline ? (
        <span className="text-xs font-normal">Baseline</span>
      ) : (
        <Link
          className="text-xs font-normal text-indigo-700 hover:underline dark:text-indigo-300"
          href={baselineHref}
        >
          Use as baseline
        </Link>
      )}
      {!environment.ok && (
        <span className="max-w-48 text-xs font-normal text-red-700 dark:text-red-400">
          Could not be read: {environment.error}
        </span>
      )}
    </div>
  );
}
