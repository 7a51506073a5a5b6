import { errorResponse, parseQuery } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { gridCsv } from '@/lib/users/grid';
import { loadReadiness } from '@/lib/users/readiness';
import { gridQuery } from '../query';

export const dynamic = 'force-dynamic';

/** The grid's current filter as CSV (every matching user, not just one page). */
export async function GET(req: Request) {
  const user = await requireRoutePermission('users:read');
  if (user instanceof Response) return user;
  const q = parseQuery(req.url, gridQuery);
  if (q instanceof Response) return q;
  try {
    const snap = await loadReadiness(q.configId);
    const name = `${snap.configName}-readiness-${q.filter}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
    return new Response(gridCsv(snap, q.filter, q.q), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
