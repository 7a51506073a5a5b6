import 'server-only';
import type { DbHandle } from '@/lib/db/client';
import { getBus, type EventBus } from './bus';
import { storeEvent } from './store';
import { verifyWebhook, type HeaderSource } from './verify';

/**
 * The whole of `POST /api/webhooks/scalekit`, as a plain function: verify, store idempotently, publish,
 * answer. 2xx only once the event is stored (a redelivery of a stored event is a 200 with
 * `duplicate: true`, so the sender stops retrying); bad input is a 4xx with a stable `code` and nothing is
 * stored; an event for a user or connection the console does not know is stored like any other.
 */

export interface WebhookAnswer {
  status: number;
  body: { ok: true; id: string; duplicate: boolean } | { ok: false; error: string; code: string };
}

export interface ReceiveDeps {
  /** The environment whose receiver URL it came to (its events are filed under it). */
  environment?: string;
  secret?: string; // default: that environment's webhook secret
  retentionDays?: number; // default EVENTS_RETENTION_DAYS
  handle?: DbHandle;
  bus?: EventBus;
}

const error = (status: number, code: string, message: string): WebhookAnswer => ({
  status,
  body: { ok: false, error: message, code }, // the console's one API error shape
});

export async function receiveWebhook(
  req: { headers: HeaderSource; rawBody: string },
  deps: ReceiveDeps = {},
): Promise<WebhookAnswer> {
  let { secret, retentionDays } = deps;
  if (secret === undefined || retentionDays === undefined) {
    const { getServerEnv } = await import('@/lib/env');
    const env = getServerEnv();
    const name = deps.environment ?? env.defaultEnvironment;
    secret ??= env.environments.find((e) => e.name === name)?.webhookSecret;
    retentionDays ??= env.events.retentionDays;
  }
  if (!secret) {
    return error(
      503,
      'webhooks_not_configured',
      `webhooks are not configured for ${deps.environment ?? 'this environment'} (set its webhook secret)`,
    );
  }
  const verified = verifyWebhook({ headers: req.headers, rawBody: req.rawBody, secret });
  if (!verified.ok) return error(verified.status, verified.code, verified.message);
  const event = verified.event;

  let stored: boolean;
  try {
    ({ stored } = await storeEvent(event, {
      handle: deps.handle,
      retentionDays,
      environment: deps.environment,
    }));
  } catch (err) {
    console.error(`events: could not store ${event.type} ${event.id}: ${(err as Error).message}`);
    return error(503, 'storage_unavailable', 'the event could not be stored; send it again later');
  }
  if (stored) {
    try {
      const bus = deps.bus ?? (await getBus());
      await bus.publish({
        environment: deps.environment,
        identifier: event.data.identifier,
        connectionName: event.data.connection_name,
        type: event.type,
        eventId: event.id,
      });
    } catch (err) {
      // Stored is what the sender needs to know; open pages catch up through their fallback polling.
      console.error(`events: could not publish ${event.id}: ${(err as Error).message}`);
    }
  }
  return { status: 200, body: { ok: true, id: event.id, duplicate: !stored } };
}
