import { getServerEnv } from '@/lib/env';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Liveness for the start script and load balancers: the console answers. Says which kind of backend and which
 * environments by name, never where or with what; `?environments=1` adds each one's health (answering, slow,
 * failing), probed together and shared for a few seconds.
 */
export const GET = defineRoute({
  access: 'public',
  handler: async ({ request }) => {
    const env = getServerEnv();
    const base = {
      ok: true,
      backend: env.scalekit?.backend ?? 'unconfigured',
      environments: env.environments.map((e) => e.name),
    };
    if (new URL(request.url).searchParams.get('environments') !== '1') return base;
    const { allEnvironmentsHealth } = await import('@/lib/environments/health');
    const health = await allEnvironmentsHealth();
    return { ...base, health: health.map(({ name, state, latencyMs }) => ({ name, state, latencyMs })) };
  },
});
