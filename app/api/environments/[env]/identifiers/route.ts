import { z } from 'zod';
import { searchUsers } from '@/lib/accounts/search';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  access: 'users:read',
  query: z.object({ q: z.string().trim().min(3, 'type at least 3 characters').max(200) }),
  handler: async ({ query }, ctx) => {
    const { users, more } = await searchUsers(ctx.scalekit, query.q);
    return { identifiers: users.map((u) => u.identifier), users, more };
  },
});
