import { GRID_PAGE_SIZE, queryGrid } from '@/lib/readiness/grid';
import { gridQuery } from '@/lib/readiness/schema';
import { loadReadiness } from '@/lib/readiness/snapshot';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** One page of a config's readiness grid, from the snapshot shared by everyone viewing it. */
export const GET = defineRoute({
  access: 'users:read',
  query: gridQuery,
  handler: async ({ query }, ctx) => {
    const snap = await loadReadiness(ctx.scalekit, query.configId, { refresh: query.refresh === '1' });
    return queryGrid(snap, { ...query, pageSize: GRID_PAGE_SIZE });
  },
});
