/**
 * Delivers webhook events to the configured endpoints, signed the Standard Webhooks way. Deliveries never
 * block or fail the request that caused them: events are queued per endpoint and account (so one account's
 * events arrive in order while a slow endpoint or account holds up nothing else), each attempt has a
 * timeout, failures are retried with exponential back-off up to a bound, and every error is contained.
 * Each attempt is signed afresh so a late retry still carries a current `webhook-timestamp`.
 */
import { Webhook } from 'standardwebhooks';
import type { WebhookEvent } from './events';

export interface WebhookOptions {
  urls: string[];
  secret: string; // whsec_<base64>
  timeoutMs?: number; // per attempt; default 5 s
  maxAttempts?: number; // default 6 (about 15 s of back-off in total)
  backoffMs?: number; // first retry delay, doubled each time; default 500 ms
}

export interface DeliveryRecord {
  event_id: string;
  type: string;
  account_id: string;
  url: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_status?: number;
  last_error?: string;
  enqueued_at: string;
  finished_at?: string;
}

const KEEP_RECORDS = 200;

export class WebhookDispatcher {
  private readonly webhook: Webhook;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly records: DeliveryRecord[] = [];
  private readonly abort = new AbortController();
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(private readonly opts: WebhookOptions) {
    this.webhook = new Webhook(opts.secret);
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.maxAttempts = opts.maxAttempts ?? 6;
    this.backoffMs = opts.backoffMs ?? 500;
  }

  /** Queues the events for every endpoint and returns at once. */
  enqueue(events: WebhookEvent[]) {
    if (this.abort.signal.aborted) return;
    for (const url of this.opts.urls) {
      for (const event of events) {
        const record: DeliveryRecord = {
          event_id: event.id,
          type: event.type,
          account_id: event.data.id ?? '',
          url,
          state: 'pending',
          attempts: 0,
          enqueued_at: new Date().toISOString(),
        };
        this.records.push(record);
        if (this.records.length > KEEP_RECORDS) this.records.shift();
        const key = `${url}\u0000${record.account_id}`;
        const next = (this.queues.get(key) ?? Promise.resolve()).then(() => this.deliver(url, event, record));
        this.queues.set(key, next);
        void next.finally(() => {
          if (this.queues.get(key) === next) this.queues.delete(key);
        });
      }
    }
  }

  /** Recent deliveries, newest first. */
  deliveries(): DeliveryRecord[] {
    return [...this.records].reverse();
  }

  /** Waits until every queued delivery has finished (delivered or given up); for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.queues.size) await Promise.all([...this.queues.values()]);
  }

  close() {
    this.abort.abort();
  }

  private async deliver(url: string, event: WebhookEvent, record: DeliveryRecord): Promise<void> {
    const body = JSON.stringify(event);
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (this.abort.signal.aborted) break;
      record.attempts = attempt;
      try {
        const now = new Date();
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'scalekit-agentkit-emulator',
            'webhook-id': event.id,
            'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
            'webhook-signature': this.webhook.sign(event.id, now, body),
          },
          body,
          signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.timeoutMs)]),
        });
        record.last_status = res.status;
        await res.body?.cancel().catch(() => undefined);
        if (res.ok) {
          record.state = 'delivered';
          record.last_error = undefined;
          record.finished_at = new Date().toISOString();
          return;
        }
        record.last_error = `HTTP ${res.status}`;
      } catch (err) {
        record.last_status = undefined;
        record.last_error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message;
      }
      if (attempt < this.maxAttempts) await this.sleep(this.backoffMs * 2 ** (attempt - 1));
    }
    record.state = 'failed';
    record.finished_at = new Date().toISOString();
  }

  private sleep(ms: number) {
    const signal = this.abort.signal;
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      signal.addEventListener('abort', done);
    });
  }
}
