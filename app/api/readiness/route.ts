import { z } from 'zod';
import { errorResponse, parseQuery } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';

export const dynamic = 'force-dynamic';

const query = z.object({
  configId: z.string().min(1, 'configId is required'),
  identifier: z.string().trim().min(1, 'identifier is required').max(255),
});

/** Each mapped connection's auth state for one user (read-only: creates nothing, no links). */
export async function GET(req: Request) {
  const user = await requireRoutePermission('users:read');
  if (user instanceof Response) return user;
  const q = parseQuery(req.url, query);
  if (q instanceof Response) return q;
  try {
    const states = await getScalekit().mcp.authState(q.configId, q.identifier);
    return Response.json({
      connections: states,
      ready: states.length > 0 && states.every((s) => s.status === 'ACTIVE'),
    });
  } catch (err) {
    return errorResponse(err);
  }
}
