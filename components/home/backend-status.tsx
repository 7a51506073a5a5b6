import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import type { RequestContext } from '@/lib/request/context';

/** Which backend is in use, whether it answers, and live counts: the three upstream calls run together. */
export async function BackendStatus({ ctx }: { ctx: RequestContext }) {
  const sk = ctx.environment;
  if (!sk) {
    return (
      <Card className="p-5">
        <h2 className="text-sm font-semibold">Scalekit is not configured</h2>
        <p className="mt-1 text-sm text-zinc-500">
          Set SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET, or start with{' '}
          <code>npm start</code> to use the embedded emulator.
        </p>
      </Card>
    );
  }
  const client = ctx.scalekit;
  // Where the console reaches Scalekit is configuration: admins see it, support sees only whether it answers.
  const admin = ctx.role === 'admin';
  const [ping, configs, connections] = await Promise.all([
    client.ping(),
    client.configs.list({ pageSize: 1 }).catch(() => null),
    client.connections.list({ pageSize: 100 }).catch(() => null),
  ]);
  const connectionCount = connections ? connections.totalSize || connections.items.length : null;
  const count = (n: number | null | undefined, id: string, label: string, href: string) => (
    <Link href={href} className="block rounded-lg hover:ring-2 hover:ring-indigo-500/40">
      <Card className="p-5">
        <p className="text-sm text-zinc-500">{label}</p>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid={id}>
          {n ?? '—'}
        </p>
      </Card>
    </Link>
  );
  return (
    <div className="space-y-4">
      <Card data-testid="backend-status">
        <CardHeader
          title="Backend"
          description={
            sk.backend === 'emulator'
              ? 'Embedded Scalekit AgentKit emulator (demo data)'
              : 'Scalekit environment'
          }
          action={
            ping.ok ? (
              <Badge tone="success">Answering · {ping.latencyMs} ms</Badge>
            ) : (
              <Badge tone="danger">Not answering</Badge>
            )
          }
        />
        <div className="px-5 py-4 text-sm">
          {admin && <p className="font-mono text-zinc-700 dark:text-zinc-300">{sk.envUrl}</p>}
          {ping.ok ? (
            !admin && <p className="text-zinc-500">Scalekit answers.</p>
          ) : (
            <p className="mt-2 text-red-600 dark:text-red-400">
              {admin ? ping.error : 'Scalekit is not answering; try again shortly'}
            </p>
          )}
        </div>
      </Card>
      <div className="grid gap-4 sm:grid-cols-2">
        {count(configs?.totalSize, 'count-configs', 'MCP configs', '/configs')}
        {count(connectionCount, 'count-connections', 'Connections', '/connections')}
      </div>
    </div>
  );
}
