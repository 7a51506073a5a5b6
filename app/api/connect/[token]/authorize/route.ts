import { z } from 'zod';
import { requireConnectLink } from '@/lib/connect-links';
import { authorizeConnection } from '@/lib/connect-links/authorize';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { defineRoute } from '@/lib/request/define-route';
import { connectionNameField } from '@/lib/wire/fields';

export const dynamic = 'force-dynamic';

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

/**
 * Public: a fresh authorization link for one connection of the link's config, fetched at click time. The connect
 * page's Authorize buttons are plain forms, so they work before (or without) JavaScript: a form post is answered
 * with a redirect to the provider's page, or back to the connect page with a fixed notice; JSON callers get JSON.
 */
export const POST = defineRoute({
  access: 'public',
  params: connectTokenParams,
  body: z.object({ connectionName: connectionNameField }),
  acceptsForms: true,
  maxBodyBytes: 4096,
  handler: async ({ params, body, fromForm }, ctx) => {
    const run = () =>
      authorizeConnection(ctx.scalekit, {
        token: params.token,
        claims: requireConnectLink(params.token),
        connectionName: body.connectionName,
      });
    if (!fromForm) return run();
    try {
      return seeOther((await run()).url);
    } catch (err) {
      const busy = (err as { status?: unknown }).status === 429;
      const back = `/connect/${encodeURIComponent(params.token)}`;
      return seeOther(`${back}?error=${busy ? 'busy' : 'start-failed'}`);
    }
  },
});
