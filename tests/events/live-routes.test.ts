/**
 * The live-update routes as the browser and Scalekit call them, on the in-process bus: the webhook receiver
 * (signed → stored; anything else → 4xx and nothing stored), the cache invalidation an event causes, the SSE
 * stream (delivers only its users' events, ends on abort) and the timeline route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import type { SessionUser } from '@/lib/auth/roles';
import { runAsUser } from '@/lib/auth/test-user';
import { countEvents } from '@/lib/events/store';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';
import { accountEvent, newSecret, signed } from './signed';

const secret = newSecret();
let emu: TestEmulator;
beforeAll(async () => {
  process.env.SCALEKIT_WEBHOOK_SECRET = secret;
  emu = await startConsoleEnv();
});
afterAll(async () => {
  delete process.env.SCALEKIT_WEBHOOK_SECRET;
  await emu.stop();
});

type Handler = (req: Request, seg: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (as: SessionUser | null, handler: Handler, url: string, init?: RequestInit, params = {}) =>
  runAsUser(as, () =>
    handler(new Request(`http://console.test${url}`, init), {
      params: Promise.resolve({ env: 'default', ...params }),
    }),
  );

async function postWebhook(req: { headers: Record<string, string>; rawBody: string }, extra = {}) {
  const { POST } = await import('@/app/api/webhooks/scalekit/route');
  const res = await call(null, POST, '/api/webhooks/scalekit', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...req.headers, ...extra },
    body: req.rawBody,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const upstreamCalls = async (key: string) =>
  (await emu.control<{ counters: Record<string, number> }>('GET', '/counters')).counters[key] ?? 0;

describe('POST /api/webhooks/scalekit', () => {
  it('stores a signed event (200) and answers its redelivery as a duplicate, storing nothing more', async () => {
    const before = await countEvents();
    const req = signed(secret, accountEvent({}, { identifier: 'route-a@example.com' }));
    expect(await postWebhook(req)).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
    expect(await countEvents()).toBe(before + 1);
    expect(await postWebhook(req)).toMatchObject({ status: 200, body: { ok: true, duplicate: true } });
    expect(await countEvents()).toBe(before + 1);
  });

  it('refuses a wrong signature, a stale timestamp, a replayed-and-stale delivery and oversized bodies', async () => {
    const before = await countEvents();
    const event = accountEvent();
    const wrong = signed(newSecret(), event);
    expect(await postWebhook(wrong)).toMatchObject({ status: 401, body: { ok: false } });
    const stale = signed(secret, accountEvent(), { at: new Date(Date.now() - 10 * 60_000) });
    expect((await postWebhook(stale)).status).toBe(401);
    const tampered = signed(secret, event);
    tampered.rawBody = tampered.rawBody.replace('ACTIVE', 'EXPIRED');
    expect((await postWebhook(tampered)).status).toBe(401);
    // Declared too large: refused before reading.
    const big = signed(secret, accountEvent({}, { provider: 'x'.repeat(300 * 1024) }));
    expect(await postWebhook(big)).toMatchObject({ status: 413, body: { code: 'too_large' } });
    // No length declared (a stream): cut off while reading.
    const { POST } = await import('@/app/api/webhooks/scalekit/route');
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 8) c.enqueue(chunk);
        else c.close();
      },
    });
    const res = await call(null, POST, '/api/webhooks/scalekit', {
      method: 'POST',
      headers: big.headers,
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(8); // stopped reading once past the cap
    expect(await countEvents()).toBe(before);
  });
});

describe('an event invalidates the cached auth state', () => {
  it("the user's next read goes upstream instead of the cache", async () => {
    const { GET } = await import('@/app/api/environments/[env]/users/[identifier]/accounts/route');
    const identifier = 'user1@example.com';
    const read = () => call(SUPPORT, GET, `/api/users/${identifier}/accounts`, undefined, { identifier });
    await emu.control('DELETE', '/counters');
    expect((await read()).status).toBe(200);
    expect((await read()).status).toBe(200);
    expect(await upstreamCalls('GET /api/v1/connected_accounts')).toBe(1); // the second read was cached
    const req = signed(secret, accountEvent({}, { identifier }));
    expect((await postWebhook(req)).status).toBe(200);
    await read();
    expect(await upstreamCalls('GET /api/v1/connected_accounts')).toBe(2);
  });
});

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp) {
  const dec = new TextDecoder();
  let text = '';
  while (!pattern.test(text)) {
    const { done, value } = await reader.read();
    if (done) throw new Error(`the stream ended before ${pattern}: ${text}`);
    text += dec.decode(value);
  }
  return text;
}

describe('GET /api/events/stream', () => {
  it("pushes an event for a watched user (not others') and ends when the viewer leaves", async () => {
    const { GET } = await import('@/app/api/environments/[env]/events/stream/route');
    const abort = new AbortController();
    const res = await call(SUPPORT, GET, '/api/events/stream?identifiers=watched@example.com', {
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    await readUntil(reader, /: connected/);
    await postWebhook(signed(secret, accountEvent({}, { identifier: 'other@example.com' })));
    await postWebhook(
      signed(secret, accountEvent({}, { identifier: 'watched@example.com', connection_name: 'slack' })),
    );
    const text = await readUntil(reader, /event: account\n[^]*\n\n/);
    const data = text.match(/data: (.*)\n/)![1];
    expect(JSON.parse(data)).toEqual({
      identifier: 'watched@example.com',
      connectionName: 'slack',
      type: 'connected_account.status_updated',
    });
    expect(text).not.toContain('other@example.com');
    abort.abort();
    expect((await reader.read()).done).toBe(true);
  });

  it('is for signed-in viewers, and refuses a bad identifier list', async () => {
    const { GET } = await import('@/app/api/environments/[env]/events/stream/route');
    expect((await call(null, GET, '/api/events/stream')).status).toBe(401);
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@x.test`).join(',');
    expect((await call(ADMIN, GET, `/api/events/stream?identifiers=${many}`)).status).toBe(400);
    // An environment that is not configured (or a bad segment that normalizes to none) is a 404, never a stream.
    for (const env of ['staging', '..', '%E0'])
      expect((await call(ADMIN, GET, '/api/events/stream', undefined, { env })).status, env).toBe(404);
  });
});

describe('GET /api/users/[identifier]/events', () => {
  it('lists the user’s events newest first, filtered by connection and kind, and refuses a bad kind', async () => {
    const identifier = 'timeline@example.com';
    const at = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    for (const [i, [type, conn]] of (
      [
        ['connected_account.status_updated', 'gmail'],
        ['connected_account.token_refresh_failed', 'gmail'],
        ['connected_account.status_updated', 'slack'],
      ] as const
    ).entries()) {
      const ev = accountEvent({ type, occurred_at: at(10 - i) }, { identifier, connection_name: conn });
      expect((await postWebhook(signed(secret, ev))).status).toBe(200);
    }
    const { GET } = await import('@/app/api/environments/[env]/users/[identifier]/events/route');
    const get = async (q: string) => {
      const res = await call(SUPPORT, GET, `/api/users/${identifier}/events${q}`, undefined, { identifier });
      return {
        status: res.status,
        body: (await res.json()) as { events: { type: string; connectionName: string }[] },
      };
    };
    const all = await get('');
    expect(all.body.events.map((e) => e.connectionName)).toEqual(['slack', 'gmail', 'gmail']);
    expect((await get('?connection=gmail')).body.events).toHaveLength(2);
    expect((await get('?connection=gmail&kind=refresh')).body.events.map((e) => e.type)).toEqual([
      'connected_account.token_refresh_failed',
    ]);
    expect((await get('?kind=everything')).status).toBe(400);
  });
});
