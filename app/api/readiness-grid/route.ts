import { errorResponse, parseQuery } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { GRID_PAGE_SIZE, queryGrid } from '@/lib/users/grid';
import { loadReadiness } from '@/lib/users/readiness';
import { gridQuery } from './query';

export const dynamic = 'force-dynamic';

/** One page of a config's readiness grid, from the snapshot shared by everyone viewing it. */
export async function GET(req: Request) {
  const user = await requireRoutePermission('users:read');
  if (user instanceof Response) return user;
  const q = parseQuery(req.url, gridQuery);
  if (q instanceof Response) return q;
  try {
    const snap = await loadReadiness(q.configId, { refresh: q.refresh === '1' });
    return Response.json(queryGrid(snap, { ...q, pageSize: GRID_PAGE_SIZE }));
  } catch (err) {
    return errorResponse(err);
  }
}
