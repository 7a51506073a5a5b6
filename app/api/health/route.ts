import { getServerEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** Liveness for the start script and load balancers. Says which kind of backend, never where or with what. */
export function GET() {
  const sk = getServerEnv().scalekit;
  return Response.json({ ok: true, backend: sk?.backend ?? 'unconfigured' });
}
