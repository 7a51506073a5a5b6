import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/**
 * Fan-out of "this user's connected account changed" to whoever shows that user. Subscribers of this
 * process are called at once; with PostgreSQL the message also goes out by NOTIFY and every other console
 * instance's LISTEN connection hands it to its subscribers (a dedicated connection per instance, reopened
 * with back-off if it drops). With the embedded database there is one process, so in-process is the whole
 * story.
 */

export interface AccountChanged {
  /** The environment whose webhook brought it (absent from instances of before environments: the default). */
  environment?: string;
  identifier: string;
  connectionName: string;
  type: string;
  eventId: string;
}

export type Subscriber = (msg: AccountChanged) => void;

export interface EventBus {
  readonly kind: 'local' | 'postgres';
  publish(msg: AccountChanged): Promise<void>;
  subscribe(fn: Subscriber): () => void;
  /** Whether messages from other instances can arrive now (always true in-process). */
  listening(): boolean;
  close(): Promise<void>;
}

export const NOTIFY_CHANNEL = 'mcp_console_account_events';
// NOTIFY payloads are capped at 8000 bytes; our messages are far smaller, this keeps a bad one out.
const MAX_PAYLOAD_BYTES = 7_900;

class Subscribers {
  private readonly fns = new Set<Subscriber>();
  add(fn: Subscriber) {
    this.fns.add(fn);
    return () => void this.fns.delete(fn);
  }
  emit(msg: AccountChanged) {
    for (const fn of this.fns) {
      try {
        fn(msg);
      } catch (err) {
        console.error(`events: a subscriber failed: ${(err as Error).message}`);
      }
    }
  }
}

export function createLocalBus(): EventBus {
  const subs = new Subscribers();
  return {
    kind: 'local',
    publish: async (msg) => subs.emit(msg),
    subscribe: (fn) => subs.add(fn),
    listening: () => true,
    close: async () => undefined,
  };
}

export function createPgBus(databaseUrl: string, opts: { reconnectMaxMs?: number } = {}): EventBus {
  const instance = randomUUID();
  const subs = new Subscribers();
  const maxDelay = opts.reconnectMaxMs ?? 30_000;
  let listener: Client | undefined;
  let publisher: Promise<Client> | undefined;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  async function newClient(role: string) {
    const { Client } = await import('pg');
    const c = new Client({
      connectionString: databaseUrl,
      application_name: `mcp-console-${role}-${instance}`,
    });
    await c.connect();
    return c;
  }

  function scheduleListen() {
    if (closed || retryTimer) return;
    const delay = failures === 0 ? 0 : Math.min(maxDelay, 250 * 2 ** (failures - 1));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void listen();
    }, delay);
    retryTimer.unref();
  }

  async function listen() {
    let c: Client | undefined;
    try {
      c = await newClient('listen');
      c.on('notification', (n) => {
        if (n.channel !== NOTIFY_CHANNEL || !n.payload) return;
        const parsed = parse(n.payload);
        if (parsed && parsed.origin !== instance) subs.emit(parsed.msg);
      });
      const lost = (c2: Client) => () => {
        if (listener !== c2) return;
        listener = undefined;
        c2.removeAllListeners();
        c2.on('error', () => undefined);
        void c2.end().catch(() => undefined);
        if (!closed) {
          console.warn('events: the LISTEN connection dropped; reconnecting');
          failures = 1;
          scheduleListen();
        }
      };
      c.on('error', lost(c));
      c.on('end', lost(c));
      await c.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (closed) return void (await c.end());
      listener = c;
      failures = 0;
    } catch (err) {
      c?.removeAllListeners();
      void c?.end().catch(() => undefined);
      failures += 1;
      console.warn(`events: cannot LISTEN (${(err as Error).message}); retrying`);
      scheduleListen();
    }
  }

  function getPublisher() {
    publisher ??= newClient('notify').then((c) => {
      const drop = () => {
        publisher = undefined;
        void c.end().catch(() => undefined);
      };
      c.on('error', drop);
      c.on('end', drop);
      return c;
    });
    publisher.catch(() => (publisher = undefined));
    return publisher;
  }

  scheduleListen();
  return {
    kind: 'postgres',
    async publish(msg) {
      subs.emit(msg);
      const payload = JSON.stringify({ origin: instance, msg });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) return;
      const c = await getPublisher();
      await c.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, payload]);
    },
    subscribe: (fn) => subs.add(fn),
    listening: () => listener !== undefined,
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const l = listener;
      listener = undefined;
      const p = publisher;
      publisher = undefined;
      await Promise.all([l?.end().catch(() => undefined), p?.then((c) => c.end()).catch(() => undefined)]);
    },
  };
}

function parse(payload: string): { origin: string; msg: AccountChanged } | undefined {
  try {
    const v = JSON.parse(payload) as { origin?: unknown; msg?: Partial<AccountChanged> };
    const m = v.msg;
    if (typeof v.origin !== 'string' || !m || typeof m.identifier !== 'string') return undefined;
    return {
      origin: v.origin,
      msg: {
        identifier: m.identifier,
        connectionName: String(m.connectionName ?? ''),
        type: String(m.type ?? ''),
        eventId: String(m.eventId ?? ''),
      },
    };
  } catch {
    return undefined;
  }
}

// One bus per process (and across dev reloads), like the database handle.
const g = globalThis as unknown as { __consoleEventBus?: Promise<EventBus> };

export async function getBus(): Promise<EventBus> {
  if (!g.__consoleEventBus) {
    g.__consoleEventBus = (async () => {
      const { getServerEnv } = await import('@/lib/env');
      const url = getServerEnv().db.databaseUrl;
      return url ? createPgBus(url) : createLocalBus();
    })();
    g.__consoleEventBus.catch(() => (g.__consoleEventBus = undefined));
  }
  return g.__consoleEventBus;
}
