/**
 * End to end: the emulator (webhooks on) → a tiny node:http endpoint calling receiveWebhook → stored and
 * published. Allow on the hosted page reaches the console's subscribers; the latency is printed.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';
import { createDb, type DbHandle } from '@/lib/db/client';
import { createLocalBus, type AccountChanged } from '@/lib/events/bus';
import { receiveWebhook } from '@/lib/events/receive';
import { listUserEvents } from '@/lib/events/store';
import { newSecret } from './signed';
import { until } from './until';

const secret = newSecret();
let h: DbHandle;
let emu: TestEmulator;
let server: Server;
const bus = createLocalBus();
const heard: { msg: AccountChanged; at: number }[] = [];
const answers: number[] = [];

beforeAll(async () => {
  h = await createDb({ memory: true });
  bus.subscribe((msg) => heard.push({ msg, at: performance.now() }));
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      void receiveWebhook(
        { headers: req.headers as IncomingHttpHeaders & Record<string, string>, rawBody },
        { secret, retentionDays: 30, handle: h, bus },
      ).then((a) => {
        answers.push(a.status);
        res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(a.body));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/scalekit`;
  emu = await startTestEmulator({ webhooks: { urls: [url], secret } });
});

afterAll(async () => {
  await emu.stop();
  await new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())));
  await h.close();
});

describe('emulator → receiveWebhook', () => {
  it('stores and publishes the change when the end user clicks Allow', async () => {
    const ml = await emu.api<{ link: string }>('POST', '/api/v1/connected_accounts/magic_link', {
      connector: 'slack',
      identifier: 'live@example.com',
    });
    await until('the link events', () => heard.length >= 2);
    const clicked = performance.now();
    const res = await fetch(ml.body.link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=allow',
    });
    expect(res.status).toBe(200);
    const active = await until('ACTIVE published', () =>
      heard.find((e) => e.msg.type === 'connected_account.status_updated'),
    );
    console.log(`Allow → stored and published: ${(active.at - clicked).toFixed(1)} ms`);
    expect(active.msg).toMatchObject({ identifier: 'live@example.com', connectionName: 'slack' });
    const { events } = await listUserEvents({ identifier: 'live@example.com' }, { handle: h });
    expect(events.map((e) => [e.type, e.oldStatus, e.status])).toEqual([
      ['connected_account.status_updated', 'PENDING_AUTH', 'ACTIVE'],
      ['connected_account.oauth_succeeded', null, 'ACTIVE'],
      ['connected_account.magic_link_generated', null, 'PENDING_AUTH'],
      ['connected_account.created', null, 'PENDING_AUTH'],
    ]);
    expect(answers.every((s) => s === 200)).toBe(true);
  });
});
