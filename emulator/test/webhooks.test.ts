/**
 * Webhooks sent by the emulator: signed Standard Webhooks deliveries for account changes, in order per
 * account, retried after failures, bounded, and never holding up the request that caused them.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../src/webhooks/dispatcher';
import { startTestEmulator, type TestEmulator } from './helpers';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; data: Record<string, string> } & Record<string, unknown>;
}

/** A receiver that answers with `respond()` (a status, or a promise that holds the request). */
async function startReceiver() {
  const received: Received[] = [];
  let respond: () => number | Promise<number> = () => 200;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests += 1;
      void Promise.resolve(respond()).then((status) => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (status === 200) received.push({ headers: req.headers, body, event: JSON.parse(body) });
        res.writeHead(status).end();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    requests: () => requests,
    set: (fn: typeof respond) => void (respond = fn),
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

async function until<T>(what: string, fn: () => T | undefined | false, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function allow(link: string, decision = 'allow') {
  const res = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `decision=${decision}`,
  });
  await res.text();
  return res.status;
}

let emu: TestEmulator;
let rx: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  rx = await startReceiver();
  emu = await startTestEmulator({
    webhooks: { urls: [rx.url], secret: SECRET, backoffMs: 20, maxAttempts: 4, timeoutMs: 2_000 },
  });
});
afterAll(async () => {
  await emu.stop();
  await rx.close();
});
afterEach(() => rx.set(() => 200));

const forAccount = (id: string) => rx.received.filter((r) => r.event.data.id === id);

describe('emulator webhooks', () => {
  it('sends signed events for a magic link and Allow on the hosted page, in order', async () => {
    const ml = await emu.api<{ link: string }>('POST', '/api/v1/connected_accounts/magic_link', {
      connector: 'gmail',
      identifier: 'hooked@example.com',
    });
    const account = emu.store.findAccount('hooked@example.com', 'gmail')!;
    expect(await allow(ml.body.link, 'deny')).toBe(200); // Deny changes nothing, so it sends nothing
    expect(await allow(ml.body.link)).toBe(200);
    const got = await until('4 events', () => forAccount(account.id).length >= 4 && forAccount(account.id));
    expect(got.map((r) => r.event.type)).toEqual([
      'connected_account.created',
      'connected_account.magic_link_generated',
      'connected_account.oauth_succeeded',
      'connected_account.status_updated',
    ]);
    const wh = new Webhook(SECRET);
    for (const r of got) {
      expect(r.headers['webhook-id']).toBe(r.event.id);
      expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(wh.verify(r.body, r.headers as Record<string, string>)).toEqual(r.event);
    }
    expect(got[3].event).toMatchObject({
      spec_version: '1',
      object: 'ConnectedAccount',
      environment_id: 'env_emulator',
      data: {
        id: account.id,
        identifier: 'hooked@example.com',
        connection_name: 'gmail',
        connection_id: emu.store.getConnection('gmail')!.id,
        provider: 'GMAIL',
        authorization_type: 'OAUTH',
        status: 'ACTIVE',
        old_status: 'PENDING_AUTH',
      },
    });
    expect(got[3].event.id).toMatch(/^evt_[0-9a-f]{24}$/);
    expect(Date.parse(got[3].event.occurred_at as string)).not.toBeNaN();
  });

  it('sends token_refresh_failed and status_updated on the expire control', async () => {
    const account = emu.store.findAccount('alice@example.com', 'gmail')!;
    await emu.control('POST', `/accounts/${account.id}/expire`);
    const got = await until('2 events', () => forAccount(account.id).length >= 2 && forAccount(account.id));
    expect(got.map((r) => [r.event.type, r.event.data.old_status, r.event.data.status])).toEqual([
      ['connected_account.token_refresh_failed', undefined, 'EXPIRED'],
      ['connected_account.status_updated', 'ACTIVE', 'EXPIRED'],
    ]);
  });

  it('retries with back-off after a failing receiver and keeps the account order', async () => {
    let failures = 2;
    rx.set(() => (failures-- > 0 ? 503 : 200));
    const account = emu.store.findAccount('bob@example.com', 'gmail')!;
    await emu.control('POST', `/accounts/${account.id}/disconnect`);
    await emu.control('POST', `/accounts/${account.id}/activate`);
    const got = await until('3 events', () => forAccount(account.id).length >= 3 && forAccount(account.id));
    expect(got.map((r) => r.event.type)).toEqual([
      'connected_account.status_updated',
      'connected_account.token_refresh_succeeded',
      'connected_account.status_updated',
    ]);
    const { deliveries } = await emu.control<{ deliveries: DeliveryRecord[] }>('GET', '/webhooks');
    const first = deliveries.find((d) => d.event_id === got[0].event.id)!;
    expect(first).toMatchObject({ state: 'delivered', attempts: 3, last_status: 200, url: rx.url });
  });

  it('gives up after the bounded attempts and keeps serving', async () => {
    rx.set(() => 500);
    const account = emu.store.findAccount('carol@example.com', 'gmail')!;
    const before = rx.requests();
    await emu.control('POST', `/accounts/${account.id}/disconnect`);
    await emu.webhooks!.idle();
    expect(rx.requests() - before).toBe(4);
    const { deliveries } = await emu.control<{ deliveries: DeliveryRecord[] }>('GET', '/webhooks');
    expect(deliveries[0]).toMatchObject({
      account_id: account.id,
      state: 'failed',
      attempts: 4,
      last_status: 500,
      last_error: 'HTTP 500',
    });
    expect((await emu.api('GET', `/api/v1/connected_accounts/${account.id}`)).status).toBe(200);
  });

  it('never holds up the request that caused the event', async () => {
    let release!: () => void;
    const held = new Promise<number>((r) => (release = () => r(200)));
    rx.set(() => held);
    const before = rx.requests();
    const created = await emu.api('POST', '/api/v1/connected_accounts', {
      connector: 'slack',
      identifier: 'not-waiting@example.com',
      connected_account: {},
    });
    expect(created.status).toBe(201);
    await until('the receiver holding the delivery', () => rx.requests() > before);
    release();
    const account = emu.store.findAccount('not-waiting@example.com', 'slack')!;
    await until('the event', () => forAccount(account.id).length === 1);
  });

  it('deletes: connected_account.deleted', async () => {
    const account = emu.store.createAccount({
      identifier: 'short-lived@example.com',
      connection: emu.store.getConnection('notion')!,
      status: 'ACTIVE',
    });
    await emu.api('POST', '/api/v1/connected_accounts:delete', { id: account.id });
    await until('deleted', () =>
      forAccount(account.id).some((r) => r.event.type === 'connected_account.deleted'),
    );
  });
});
