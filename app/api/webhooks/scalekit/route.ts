import { subscribeLive } from '@/lib/events/live';
import { receiveWebhook } from '@/lib/events/receive';
import { MAX_WEBHOOK_BODY_BYTES } from '@/lib/events/verify';
import { defineRoute, readTextBody } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Public (the Standard Webhooks signature is the credential): Scalekit's connected-account events. The raw
 * text is read here, capped, because the signature covers the exact bytes; `receiveWebhook` verifies,
 * stores once and publishes. Answers 2xx only once the event is stored.
 */
export const POST = defineRoute({
  access: 'public',
  handler: async ({ request }, ctx) => {
    const body = await readTextBody(request, MAX_WEBHOOK_BODY_BYTES);
    if (!body.ok) return body.res;
    // This instance's caches follow the bus (before publishing), even when none of its pages has a stream open.
    await Promise.resolve()
      .then(() => subscribeLive(ctx.scalekit))
      .catch(() => undefined);
    const answer = await receiveWebhook({ headers: request.headers, rawBody: body.text });
    return Response.json(answer.body, { status: answer.status, headers: { 'cache-control': 'no-store' } });
  },
});
