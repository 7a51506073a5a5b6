import { getServerEnv } from '@/lib/env';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** Liveness for the start script and load balancers. Says which kind of backend, never where or with what. */
export const GET = defineRoute({
  access: 'public',
  handler: async () => ({ ok: true, backend: getServerEnv().scalekit?.backend ?? 'unconfigured' }),
});
