import { receiveFor } from '@/lib/events/webhook-route';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Public (the Standard Webhooks signature is the credential): one environment's connected-account events, at
 * `/api/webhooks/scalekit/<environment>`, signed with that environment's own secret.
 */
export const POST = defineRoute({
  access: 'public',
  handler: ({ request }, ctx) => receiveFor(request, ctx),
});
