import { z } from 'zod';
import { connectionNameField } from '@/lib/wire/fields';
import { connectionUsersQuery } from '@/lib/connections/schema';
import { loadConnectionUsers } from '@/lib/connections/users';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** One page of a connection's users by status, from the connections snapshot everyone shares. */
export const GET = defineRoute({
  access: 'users:read',
  params: z.object({ name: connectionNameField }),
  query: connectionUsersQuery,
  handler: async ({ params, query }, ctx) => loadConnectionUsers(ctx.scalekit, params.name, query),
});
