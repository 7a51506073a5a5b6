import { requireConnectLink } from '@/lib/connect-links';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { getServerEnv } from '@/lib/env';
import { accountEventStream, pushOff } from '@/lib/events/sse';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** Public (the signed link is the credential): changes of that link's user only, for the connect page. */
export const GET = defineRoute({
  access: 'public',
  params: connectTokenParams,
  handler: async ({ params, request }, ctx) => {
    const { identifier } = requireConnectLink(params.token);
    if (!getServerEnv().events.webhookSecret) return pushOff();
    return accountEventStream({
      sk: ctx.scalekit,
      signal: request.signal,
      accept: (msg) => msg.identifier === identifier,
    });
  },
});
