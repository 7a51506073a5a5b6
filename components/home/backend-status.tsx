import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import type { EnvironmentHealth, EnvironmentInfo } from '@/lib/environments/types';

const STATE = {
  answering: { tone: 'success', word: 'Answering' },
  slow: { tone: 'warning', word: 'Slow' },
  failing: { tone: 'danger', word: 'Not answering' },
} as const;

/**
 * Which backend is in use, whether it answers and how fast (the probe the headline judges), and live counts, all
 * from the page's loaded figures (lib/home/figures.ts): nothing here asks Scalekit again.
 */
export function BackendStatus({
  environment,
  health,
  configs,
  connections,
  admin,
}: {
  environment: EnvironmentInfo;
  health: EnvironmentHealth;
  configs: number | null;
  connections: number | null;
  admin: boolean;
}) {
  const ok = health.state !== 'failing';
  const count = (n: number | null, id: string, label: string, href: string) => (
    <Link href={href} className="block rounded-lg hover:ring-2 hover:ring-indigo-500/40">
      <Card className="p-5">
        <p className="text-sm text-zinc-500">{label}</p>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid={id}>
          {n ?? '—'}
        </p>
      </Card>
    </Link>
  );
  const { tone, word } = STATE[health.state];
  return (
    <div className="space-y-4">
      <Card data-testid="backend-status">
        <CardHeader
          title="Backend"
          description={
            environment.backend === 'emulator'
              ? 'Embedded Scalekit AgentKit emulator (demo data)'
              : 'Scalekit environment'
          }
          action={
            <Badge tone={tone}>
              {word}
              {ok && ` · ${health.latencyMs} ms`}
            </Badge>
          }
        />
        <div className="px-5 py-4 text-sm">
          {/* Where the console reaches Scalekit is configuration: admins see it, support only whether it answers. */}
          {admin && <p className="font-mono text-zinc-700 dark:text-zinc-300">{environment.envUrl}</p>}
          {ok ? (
            !admin && <p className="text-zinc-500">Scalekit answers.</p>
          ) : (
            <p className="mt-2 text-red-600 dark:text-red-400">
              {admin ? (health.detail ?? health.error) : 'Scalekit is not answering; try again shortly'}
            </p>
          )}
        </div>
      </Card>
      <div className="grid gap-4 sm:grid-cols-2">
        {count(configs, 'count-configs', 'MCP configs', '/configs')}
        {count(connections, 'count-connections', 'Connections', '/connections')}
      </div>
    </div>
  );
}
