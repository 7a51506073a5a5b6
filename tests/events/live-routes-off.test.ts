/** Without SCALEKIT_WEBHOOK_SECRET: the receiver answers 503 and stores nothing; the streams answer 204. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import { countEvents } from '@/lib/events/store';
import { startConsoleEnv, SUPPORT } from '../support/console-env';
import { accountEvent, newSecret, signed } from './signed';

let emu: TestEmulator;
beforeAll(async () => {
  delete process.env.SCALEKIT_WEBHOOK_SECRET;
  emu = await startConsoleEnv();
});
afterAll(() => emu.stop());

it('webhooks are off: 503 for the receiver, nothing stored, 204 for the push stream', async () => {
  const { POST } = await import('@/app/api/webhooks/scalekit/route');
  const req = signed(newSecret(), accountEvent());
  const res = await POST(
    new Request('http://console.test/api/webhooks/scalekit', {
      method: 'POST',
      headers: req.headers,
      body: req.rawBody,
    }),
  );
  expect(res.status).toBe(503);
  expect(await res.json()).toMatchObject({ code: 'webhooks_not_configured' });
  expect(await countEvents()).toBe(0);
  const { GET } = await import('@/app/api/environments/[env]/events/stream/route');
  const stream = await runAsUser(SUPPORT, () =>
    GET(new Request('http://console.test/api/environments/default/events/stream'), {
      params: Promise.resolve({ env: 'default' }),
    }),
  );
  expect(stream.status).toBe(204);
});
