import 'server-only';
import type { RequestContext } from '@/lib/request/context';
import { readTextBody } from '@/lib/request/define-route';
import { subscribeLive } from './live';
import { receiveWebhook } from './receive';
import { MAX_WEBHOOK_BODY_BYTES } from './verify';

/**
 * One environment's webhook receiver: the raw text, capped (the signature covers the exact bytes), verified with
 * that environment's secret, stored once and published. Answers 2xx only once the event is stored.
 */
export async function receiveFor(request: Request, ctx: RequestContext): Promise<Response> {
  const body = await readTextBody(request, MAX_WEBHOOK_BODY_BYTES);
  if (!body.ok) return body.res;
  // This instance's caches follow the bus (before publishing), even when none of its pages has a stream open.
  await Promise.resolve()
    .then(() => subscribeLive(ctx.scalekit))
    .catch(() => undefined);
  const answer = await receiveWebhook(
    { headers: request.headers, rawBody: body.text },
    { environment: ctx.environment?.name },
  );
  return Response.json(answer.body, { status: answer.status, headers: { 'cache-control': 'no-store' } });
}
