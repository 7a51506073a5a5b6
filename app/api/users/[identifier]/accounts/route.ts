import { z } from 'zod';
import { toAccountView } from '@/lib/accounts/rows';
import { identifierField } from '@/lib/accounts/schema';
import { loadUserAccounts } from '@/lib/accounts/user-accounts';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * A user's connected accounts for the live user page. Polled by React Query (a GET, so it is cacheable and
 * never a server action); served from the shared per-user cache, so pollers cost one upstream call per interval.
 */
export const GET = defineRoute({
  access: 'users:read',
  params: z.object({ identifier: identifierField }),
  handler: async ({ params }, ctx) => {
    const { value, loadedAt } = await loadUserAccounts(ctx.scalekit, params.identifier);
    return { accounts: value.map(toAccountView), checkedAt: new Date(loadedAt).toISOString() };
  },
});
