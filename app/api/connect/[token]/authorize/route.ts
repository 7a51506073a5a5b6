import { z } from 'zod';
import { connectionNameField } from '@/lib/accounts/schema';
import { requireConnectLink } from '@/lib/connect-links';
import { authorizeConnection } from '@/lib/connect-links/authorize';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** Public: a fresh authorization link for one connection of the link's config, fetched at click time. */
export const POST = defineRoute({
  access: 'public',
  params: connectTokenParams,
  body: z.object({ connectionName: connectionNameField }),
  maxBodyBytes: 4096,
  handler: ({ params, body }, ctx) =>
    authorizeConnection(ctx.scalekit, {
      token: params.token,
      claims: requireConnectLink(params.token),
      connectionName: body.connectionName,
    }),
});
