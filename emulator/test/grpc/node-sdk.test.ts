/**
 * The unmodified official Node SDK against the emulator over TLS (trusting the local CA through
 * NODE_EXTRA_CA_CERTS, so in its own process): get-or-create a connected account, get an authorization link,
 * Allow it on the hosted page, list, execute a tool, and a NOT_FOUND that is the SDK's own not-found error.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../helpers';
import { runJsonChild } from './run-child';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
  await emu.ca.ensure();
});
afterAll(() => emu.stop());

it('runs the connected-account flow with @scalekit-sdk/node over TLS, then over h2c', async () => {
  const r = await runJsonChild(
    process.execPath,
    [
      path.join(import.meta.dirname, 'node-sdk-flow.mjs'),
      emu.sdkUrl,
      emu.url,
      emu.clientId,
      emu.clientSecret,
    ],
    { NODE_EXTRA_CA_CERTS: emu.ca.caPath! },
  );
  const account = emu.store.findAccount('node-sdk@example.com', 'MY_GMAIL')!;
  // Created once (PENDING_AUTH = 3 on the wire), found the second time.
  expect(r.created).toEqual({ id: account.id, status: 3, againId: account.id });
  expect(r.link).toMatch(new RegExp(`^${emu.url}/connect/authorize/`));
  expect(r.allowStatus).toBe(200);
  expect(r.afterAllow).toBe(1); // ACTIVE
  expect(account.status).toBe('ACTIVE');
  expect(r.list).toEqual([{ id: account.id, connector: 'MY_GMAIL', status: 1 }]);
  const executed = r.executed as { executionId: string; data: { messages: unknown[] } };
  expect(executed.executionId).toMatch(/^exec_/);
  expect(executed.data.messages).toHaveLength(2);
  const logged = emu.toolLogs.get(executed.executionId);
  expect(logged).toMatchObject({ source: 'API', identifier: 'node-sdk@example.com', status: 'success' });
  expect(r.notFound).toEqual({
    name: 'ScalekitNotFoundException',
    grpcStatus: 5,
    httpStatus: 404,
    errorCode: 'NOT_FOUND',
    isSdkNotFound: true,
  });
  expect(r.h2cCount).toBe(1);
  const counters = await emu.control<{ counters: Record<string, number> }>('GET', '/counters');
  expect(counters.counters['POST /scalekit.v1.tools.ToolService/ExecuteTool']).toBe(1);
}, 120_000);
