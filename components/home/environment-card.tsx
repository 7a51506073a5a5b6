import { ArrowRight } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import type { Role } from '@/lib/auth/roles';
import { envPath } from '@/lib/environments/paths';
import type { EnvironmentHealth, EnvironmentInfo } from '@/lib/environments/types';
import type { Headline } from '@/lib/home/headline';
import { EnvironmentHeadline } from './environment-headline';

const HEALTH_TONE = { answering: 'success', slow: 'warning', failing: 'danger' } as const;
const HEALTH_WORDS = { answering: 'Answering', slow: 'Slow', failing: 'Failing' } as const;

/** One environment at a glance on the console's home: its headline, health, configs, the person's role there. */
export function EnvironmentCard({
  environment,
  health,
  headline,
  configs,
  role,
  admin,
}: {
  environment: EnvironmentInfo;
  health: EnvironmentHealth;
  headline: Headline;
  configs: number | null;
  role: Role;
  admin: boolean;
}) {
  return (
    <Card
      className={`p-5 ${environment.production ? 'border-red-300 dark:border-red-900' : ''}`}
      data-testid={`environment-${environment.name}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link className="hover:underline" href={envPath(environment.name)}>
            {environment.name}
          </Link>
        </h2>
        <span className="flex flex-wrap gap-1.5">
          {environment.production && <Badge tone="danger">production</Badge>}
          <Badge tone={HEALTH_TONE[health.state]}>
            {HEALTH_WORDS[health.state]} · {health.latencyMs} ms
          </Badge>
        </span>
      </div>
      <EnvironmentHeadline headline={headline} compact />
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-zinc-500">MCP configs</dt>
          <dd className="text-xl font-semibold tabular-nums">{configs ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Your role</dt>
          <dd className="text-xl font-semibold">{role}</dd>
        </div>
      </dl>
      <p className="mt-2 truncate text-xs text-zinc-500">
        {environment.backend === 'emulator' ? 'Embedded emulator' : 'Scalekit'}
        {admin && ` · ${environment.envUrl}`}
      </p>
      {health.error && (
        <p className="mt-2 text-sm text-red-700 dark:text-red-400">
          {admin ? (health.detail ?? health.error) : health.error}
        </p>
      )}
      <Link
        className="mt-3 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        href={envPath(environment.name)}
      >
        Open {environment.name} <ArrowRight className="size-3.5" aria-hidden />
      </Link>
    </Card>
  );
}
