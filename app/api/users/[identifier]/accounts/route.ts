import { z } from 'zod';
import { identifierField } from '@/lib/wire/fields';
import { loadUserAccountsView } from '@/lib/accounts/user-accounts';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * A user's connected accounts for the live user page. Polled by React Query (a GET, so it is cacheable and
 * never a server action); served from the shared per-user cache, so pollers cost one upstream call per interval.
 */
export const GET = defineRoute({
  access: 'users:read',
  params: z.object({ identifier: identifierField }),
  handler: ({ params }, ctx) => loadUserAccountsView(ctx.scalekit, params.identifier),
});
