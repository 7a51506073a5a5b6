/** The typed instances client against a real emulator over HTTP. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createScalekitClient, isScalekitError, type ScalekitClient } from '@/lib/scalekit';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

let emu: TestEmulator;
let sk: ScalekitClient;
beforeAll(async () => {
  emu = await startTestEmulator();
  sk = createScalekitClient({
    baseUrl: emu.url,
    clientId: emu.clientId,
    clientSecret: emu.clientSecret,
    sleep: async () => {},
    logger: () => {},
  });
});
afterAll(() => emu.stop());

it('ensure is get-or-create and returns a parsed instance with its config', async () => {
  const a = await sk.instances.ensure({
    configName: 'reminder-assistant',
    userIdentifier: 'fresh@example.com',
  });
  const b = await sk.instances.ensure({
    configName: 'reminder-assistant',
    userIdentifier: 'fresh@example.com',
  });
  expect(b.id).toBe(a.id);
  expect(a).toMatchObject({
    userIdentifier: 'fresh@example.com',
    name: 'reminder-assistant',
    lastUsedAt: null,
  });
  expect(a.id).toMatch(/^inst_\d+$/);
  expect(a.url).toMatch(new RegExp(`/mcp/v2/instances/${a.id}/[A-Za-z0-9_-]{20,}$`));
  expect(a.config?.mappings.map((m) => m.connectionName).sort()).toEqual(['MY_CALENDAR', 'MY_GMAIL']);
});

it('list filters by config and user, searches, and pages with a working token', async () => {
  const seeded = await sk.instances.list({ filter: { configName: 'reminder-assistant' } });
  expect(seeded.items.map((i) => i.userIdentifier)).toEqual(
    expect.arrayContaining(['john-doe', 'jane-doe', 'dave@example.com']),
  );
  const jane = await sk.instances.list({ filter: { userIdentifier: 'jane-doe' } });
  expect(jane.items).toHaveLength(1);
  expect((await sk.instances.list({ search: 'JOHN' })).items.map((i) => i.userIdentifier)).toEqual([
    'john-doe',
  ]);
  for (let i = 0; i < 4; i++)
    await sk.instances.ensure({ configName: 'reminder-assistant', userIdentifier: `pager-${i}` });
  const first = await sk.instances.list({ search: 'pager-', pageSize: 3 });
  expect(first.items).toHaveLength(3);
  expect(first.totalSize).toBe(4);
  const second = await sk.instances.list({ search: 'pager-', pageSize: 3, pageToken: first.nextPageToken });
  expect(second.items.map((i) => i.userIdentifier)).toEqual(['pager-3']);
});

it('get, update, authState (with and without links), delete then 404', async () => {
  const jane = (await sk.instances.list({ filter: { userIdentifier: 'jane-doe' } })).items[0]!;
  expect((await sk.instances.get(jane.id)).url).toBe(jane.url);
  const plain = await sk.instances.authState(jane.id);
  expect(plain.map((s) => [s.connectionName, s.status]).sort()).toEqual([
    ['MY_CALENDAR', 'PENDING_AUTH'],
    ['MY_GMAIL', 'ACTIVE'],
  ]);
  expect(plain.every((s) => s.authLink === '')).toBe(true);
  const linked = await sk.instances.authState(jane.id, { includeAuthLinks: true });
  expect(linked.every((s) => s.authLink.startsWith('http'))).toBe(true);

  const mine = await sk.instances.ensure({
    configName: 'reminder-assistant',
    userIdentifier: 'upd@example.com',
  });
  const renamed = await sk.instances.update(mine.id, { name: 'renamed' });
  expect(renamed).toMatchObject({ id: mine.id, name: 'renamed', url: mine.url });
  await sk.instances.delete(mine.id);
  const err = await sk.instances.get(mine.id).catch((e: unknown) => e);
  expect(isScalekitError(err) && err.status).toBe(404);
});
