import { z } from 'zod';
import { connectionNameField } from '@/lib/wire/fields';
import { connectionUsersQuery } from '@/lib/connections/schema';
import { connectionUsersCsvFor } from '@/lib/connections/users';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** A connection's users for the current filter as CSV (every match, not one page). */
export const GET = defineRoute({
  access: 'users:read',
  params: z.object({ name: connectionNameField }),
  query: connectionUsersQuery,
  handler: async ({ params, query }, ctx) => {
    const csv = await connectionUsersCsvFor(ctx.scalekit, params.name, query);
    const file = `${params.name}-users-${query.status}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${file}"`,
        'cache-control': 'no-store',
      },
    });
  },
});
