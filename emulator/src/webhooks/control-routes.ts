/** `GET /_emulator/webhooks`: recent webhook deliveries and their outcomes (test control). */
import { Reply, type Router } from '../http/router';
import type { WebhookDispatcher } from './dispatcher';

export function registerWebhookControlRoutes(router: Router, dispatcher: WebhookDispatcher | undefined) {
  // Raw JSON: the wire format's zero-value omission would drop `enabled: false` and `attempts: 0`.
  router.add(
    'GET',
    '/_emulator/webhooks',
    () =>
      new Reply(
        200,
        JSON.stringify({ enabled: Boolean(dispatcher), deliveries: dispatcher?.deliveries() ?? [] }),
        { 'content-type': 'application/json' },
        true,
      ),
  );
}
