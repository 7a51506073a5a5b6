/**
 * Instance actions and the instances route through the real console code against the emulator: who may do
 * what, and that the URL (a credential) reaches only the admin who revealed it: never support, the audit log
 * or a log line.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';

let emu: TestEmulator;
let configId: string;
const logged: string[] = [];
beforeAll(async () => {
  emu = await startConsoleEnv();
  const r = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=reminder-assistant',
  );
  configId = r.body.configs[0]!.id;
  for (const level of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? a.stack : JSON.stringify(a))).join(' '));
    });
});
afterAll(() => {
  vi.restoreAllMocks();
  return emu.stop();
});

const actions = async () => ({
  ...(await import('@/lib/instances/actions/ensure-instance')),
  ...(await import('@/lib/instances/actions/delete-instance')),
  ...(await import('@/lib/instances/actions/reveal-instance-url')),
});
const secretOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

async function routeJson(user: typeof ADMIN | typeof SUPPORT, query: string) {
  const { GET } = await import('@/app/api/environments/[env]/instances/route');
  const res = await runAsUser(user, () =>
    GET(new Request(`http://console.test/api/instances?${query}`), {
      params: Promise.resolve({ env: 'default' }),
    }),
  );
  return { status: res.status, text: await res.text() };
}

it('support can neither ensure, reveal nor delete; nothing changes upstream', async () => {
  const { ensureInstanceAction, revealInstanceUrlAction, deleteInstanceAction } = await actions();
  const before = await emu.api<{ total_size: number }>('GET', '/api/v1/mcp/instances');
  const john = (
    await emu.api<{ instances: { id: string }[] }>(
      'GET',
      '/api/v1/mcp/instances?filter.user_identifier=john-doe',
    )
  ).body.instances[0]!;
  const refused = await Promise.all([
    runAsUser(SUPPORT, () => ensureInstanceAction({ configId, identifier: 'support-try@example.com' })),
    runAsUser(SUPPORT, () => revealInstanceUrlAction({ instanceId: john.id })),
    runAsUser(SUPPORT, () => deleteInstanceAction({ instanceId: john.id })),
  ]);
  for (const r of refused)
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/cannot do this/) });
  expect((await emu.api<{ total_size: number }>('GET', '/api/v1/mcp/instances')).body.total_size).toBe(
    before.body.total_size,
  );
});

it('admin ensures (idempotent, masked), reveals, deletes; the URL is in no audit entry, log or support answer', async () => {
  const { ensureInstanceAction, revealInstanceUrlAction, deleteInstanceAction } = await actions();
  const identifier = 'instance-admin@example.com';
  const first = await runAsUser(ADMIN, () => ensureInstanceAction({ configId, identifier }));
  const again = await runAsUser(ADMIN, () => ensureInstanceAction({ configId, identifier }));
  if (!first.ok || !again.ok) throw new Error(JSON.stringify([first, again]));
  expect(again.data.id).toBe(first.data.id);
  expect(first.data).toMatchObject({ userIdentifier: identifier, configName: 'reminder-assistant' });
  expect(first.data.maskedUrl).toMatch(new RegExp(`/mcp/v2/instances/${first.data.id}/•+$`));

  const revealed = await runAsUser(ADMIN, () => revealInstanceUrlAction({ instanceId: first.data.id }));
  if (!revealed.ok) throw new Error(revealed.error);
  const upstream = await emu.api<{ instance: { url: string } }>(
    'GET',
    `/api/v1/mcp/instances/${first.data.id}`,
  );
  expect(revealed.data.url).toBe(upstream.body.instance.url);
  const secret = secretOf(revealed.data.url);
  expect(secret.length).toBeGreaterThan(20);
  expect(JSON.stringify(first.data)).not.toContain(secret);

  // What support (and the user page) reads: the instance, masked.
  const asSupport = await routeJson(SUPPORT, `identifier=${encodeURIComponent(identifier)}`);
  expect(asSupport.status).toBe(200);
  expect(asSupport.text).toContain(first.data.id);
  expect(asSupport.text).not.toContain(secret);
  const byConfig = await routeJson(SUPPORT, `config=reminder-assistant&search=instance-admin`);
  expect(JSON.parse(byConfig.text)).toMatchObject({
    items: [{ id: first.data.id, ready: false }],
    totalSize: 1,
  });
  expect(byConfig.text).not.toContain(secret);

  const deleted = await runAsUser(ADMIN, () => deleteInstanceAction({ instanceId: first.data.id }));
  expect(deleted.ok).toBe(true);
  expect((await emu.api('GET', `/api/v1/mcp/instances/${first.data.id}`)).status).toBe(404);
  // The deletion shows at once on the user's page (their cached list was dropped).
  expect(
    JSON.parse((await routeJson(ADMIN, `identifier=${encodeURIComponent(identifier)}`)).text).items,
  ).toEqual([]);

  const { listAudit } = await import('@/lib/audit/query');
  const entries = (await listAudit({}, { limit: 100 })).entries.filter((e) =>
    e.action.startsWith('instance.'),
  );
  expect(entries.map((e) => `${e.action} ${e.outcome}`).sort()).toEqual(
    [
      'instance.delete denied',
      'instance.delete success',
      'instance.ensure denied',
      'instance.ensure success',
      'instance.ensure success',
      'instance.reveal-url denied',
      'instance.reveal-url success',
    ].sort(),
  );
  expect(JSON.stringify(entries)).not.toContain(secret);
  expect(JSON.stringify(entries)).not.toContain('/mcp/v2/instances/');
  expect(logged.join('\n')).not.toContain(secret);
});

it('the instances route explains a bad query with a 400', async () => {
  const both = await routeJson(ADMIN, 'identifier=a&config=b');
  expect(both.status).toBe(400);
  expect(both.text).toContain('exactly one of identifier and config');
});
