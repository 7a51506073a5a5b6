import { gridCsv } from '@/lib/readiness/grid';
import { gridQuery } from '@/lib/readiness/schema';
import { loadReadiness } from '@/lib/readiness/snapshot';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** The grid's current filter as CSV (every matching user, not just one page). */
export const GET = defineRoute({
  access: 'users:read',
  query: gridQuery,
  handler: async ({ query }, ctx) => {
    const snap = await loadReadiness(ctx.scalekit, query.configId);
    const name = `${snap.configName}-readiness-${query.filter}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
    return new Response(gridCsv(snap, query.filter, query.q), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  },
});
