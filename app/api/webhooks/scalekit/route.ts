import { defaultEnvironment } from '@/lib/environments';
import { receiveFor } from '@/lib/events/webhook-route';
import { publicContext } from '@/lib/request/context';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Public: the receiver URL from before environments, kept so an endpoint registered in Scalekit's dashboard keeps
 * working: it is the default environment's (`/api/webhooks/scalekit/<environment>` names one explicitly).
 */
export const POST = defineRoute({
  access: 'public',
  handler: ({ request }, ctx) => receiveFor(request, publicContext(defaultEnvironment(), ctx.requestId)),
});
