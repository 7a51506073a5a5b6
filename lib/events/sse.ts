import 'server-only';
import { getServerEnv } from '@/lib/env';
import type { ScalekitClient } from '@/lib/scalekit';
import type { AccountChanged } from './bus';
import { subscribeLive } from './live';
import type { LiveMessage } from './sse-message';

/**
 * A Server-Sent Events answer that carries account changes to one open page. Only what the page may see
 * passes `accept` (the connect page: its link's identifier only). The message holds no status or token,
 * just who changed: the page refetches through its normal, permission-checked queries. A comment line every
 * `heartbeatMs` keeps proxies from timing the stream out and tells a dead client apart; the stream ends
 * when the request is aborted (tab closed, navigation).
 */

export const HEARTBEAT_MS = 15_000;

export async function accountEventStream(o: {
  sk: ScalekitClient;
  signal: AbortSignal;
  accept: (msg: AccountChanged) => boolean;
  heartbeatMs?: number;
}): Promise<Response> {
  const enc = new TextEncoder();
  let cleanup = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(enc.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = await subscribeLive(o.sk, (msg) => {
        if (!o.accept(msg)) return;
        const out: LiveMessage = {
          identifier: msg.identifier,
          connectionName: msg.connectionName,
          type: msg.type,
        };
        send(`event: account\nid: ${msg.eventId.replace(/[\r\n]/g, '')}\ndata: ${JSON.stringify(out)}\n\n`);
      });
      const beat = setInterval(() => send(': heartbeat\n\n'), o.heartbeatMs ?? HEARTBEAT_MS);
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(beat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      cleanup = close;
      if (o.signal.aborted) return close();
      o.signal.addEventListener('abort', close, { once: true });
      // Tells the browser how soon to reconnect, and flushes the headers through buffering proxies.
      send('retry: 3000\n: connected\n\n');
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // nginx: do not buffer this answer
    },
  });
}

/** Push is off when no webhook secret is configured: 204 tells EventSource to stop reconnecting. */
export const pushOff = () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });

/** Whether an environment's webhooks are set up (its secret is configured): without, pages stay on polling. */
export function webhooksOn(environment: string): boolean {
  return !!getServerEnv().environments.find((e) => e.name === environment)?.webhookSecret;
}
