import { requireConnectTarget } from '@/lib/connect-links';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { accountEventStream, pushOff, webhooksOn } from '@/lib/events/sse';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** Public (the signed link is the credential): changes of that link's user only, for the connect page. */
export const GET = defineRoute({
  access: 'public',
  params: connectTokenParams,
  handler: async ({ params, request }) => {
    const { claims, environment, sk } = requireConnectTarget(params.token);
    const { identifier } = claims;
    if (!webhooksOn(environment.name)) return pushOff();
    return accountEventStream({
      sk,
      signal: request.signal,
      accept: (msg) => msg.identifier === identifier,
    });
  },
});
