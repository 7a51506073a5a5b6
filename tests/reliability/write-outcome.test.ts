/**
 * Writes whose answer is lost, and the deadline of an action. The emulator applies a write and then drops the
 * connection, answers 502 or stays silent (`after_apply`), or fails before applying it: the console never sends
 * the write again, re-reads, and tells the admin "applied" (the action succeeds, its history and audit as for
 * any save) or "not applied". And however slowly Scalekit answers, an action answers within 15 s.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import { ACTION_DEADLINE_MS } from '@/lib/scalekit/deadline';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startConsoleEnv();
});
afterAll(() => emu.stop());
afterEach(async () => {
  await emu.control('DELETE', '/faults');
});

const fault = async (body: Record<string, unknown>) => {
  const r = await emu.control<{ id?: string }>('POST', '/faults', body);
  if (!r.id) throw new Error(`the emulator refused the fault ${JSON.stringify(body)}: ${JSON.stringify(r)}`);
};
const calls = async (key: string) =>
  (await emu.control<{ counters: Record<string, number> }>('GET', '/counters')).counters[key] ?? 0;
const resetCalls = () => emu.control('DELETE', '/counters');
const gmail = (tools: string[]) => ({ connectionName: 'gmail', allTools: false, tools });
const PUT = 'PUT /api/v1/mcp/configs/{config_id}';

async function createConfig(name: string) {
  const { createConfigAction } = await import('@/lib/configs/actions/create-config');
  const r = await runAsUser(ADMIN, () =>
    createConfigAction({ name, description: 'v1', mappings: [gmail(['gmail_fetch_mails'])] }),
  );
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

/** The fingerprint the editor loaded, read before any fault is set (the emulator's faults apply to any caller). */
async function baseHashOf(id: string) {
  const { hashSnapshot, snapshotOf } = await import('@/lib/configs/normalize');
  const { configuredScalekit } = await import('@/lib/scalekit/registry');
  return hashSnapshot(snapshotOf(await configuredScalekit().configs.get(id)));
}

/** The editor's save of `description`, timed. */
async function save(id: string, description: string, baseHash: string) {
  const { updateConfigAction } = await import('@/lib/configs/actions/update-config');
  const started = Date.now();
  const r = await runAsUser(ADMIN, () =>
    updateConfigAction({ id, baseHash, description, mappings: [gmail(['gmail_send_message'])] }),
  );
  return { r, ms: Date.now() - started };
}
const upstreamDescription = async (id: string) =>
  (await emu.api<{ config: { description?: string } }>('GET', `/api/v1/mcp/configs/${id}`)).body.config
    .description;

describe('a config save whose answer is lost', () => {
  it.each([
    ['the connection drops', { drop_connection: true }],
    ['a gateway answers 502', { status: 502 }],
    ['the answer never comes (timeout)', { latency_ms: 25_000 }],
  ])(
    'applied, then %s: the admin is told it saved, once, and it is recorded once',
    async (_l, f) => {
      const { listVersions } = await import('@/lib/configs/history');
      const { listAudit } = await import('@/lib/audit/query');
      const id = await createConfig(`after-apply-${Object.keys(f)[0]}`);
      const base = await baseHashOf(id);
      await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'PUT', after_apply: true, ...f });
      await resetCalls();
      const { r, ms } = await save(id, 'v2', base);
      expect(r).toMatchObject({ ok: true, data: { snapshot: { description: 'v2' } } });
      expect(ms).toBeLessThan(ACTION_DEADLINE_MS);
      expect(await calls(PUT)).toBe(1); // never sent again blindly
      expect(await upstreamDescription(id)).toBe('v2');
      const versions = await listVersions(id);
      expect(versions.map((v) => v.kind)).toEqual(['update', 'create']);
      const audit = await listAudit({ action: 'config.update' }, {});
      expect(audit.entries.find((e) => e.target === id)).toMatchObject({ outcome: 'success' });
    },
    30_000,
  );

  it.each([
    ['the connection drops', { drop_connection: true }],
    ['Scalekit answers 503', { status: 503 }],
  ])('not applied, when %s before: the admin is told it was not applied', async (_l, f) => {
    const { listVersions } = await import('@/lib/configs/history');
    const id = await createConfig(`before-apply-${Object.keys(f)[0]}`);
    const base = await baseHashOf(id);
    const before = await listVersions(id);
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'PUT', ...f });
    await resetCalls();
    const { r } = await save(id, 'v2', base);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /was not applied: .* re-reading shows no change\. Nothing changed; try again/,
      ),
    });
    expect(await calls(PUT)).toBe(1);
    expect(await upstreamDescription(id)).toBe('v1');
    expect(await listVersions(id)).toEqual(before);
  });

  it('when even the re-read fails, the admin is told whether it was applied is not known', async () => {
    const id = await createConfig('after-apply-unknown');
    const base = await baseHashOf(id);
    // Faults apply in order: the save's own read before writing passes (a no-op fault used once), the write is
    // applied and its answer dropped, and every read after that fails.
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'GET', latency_ms: 0, times: 1 });
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'GET', status: 503 });
    await fault({
      path: `/api/v1/mcp/configs/${id}`,
      method: 'PUT',
      after_apply: true,
      drop_connection: true,
    });
    const { r, ms } = await save(id, 'v2', base);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/whether it was applied is not known\. Reload to see the current state/),
    });
    expect(ms).toBeLessThan(ACTION_DEADLINE_MS);
  });
});

describe('other writes whose answer is lost', () => {
  it('create: applied then dropped is the one config, reported created', async () => {
    const { createConfigAction } = await import('@/lib/configs/actions/create-config');
    await fault({ path: '/api/v1/mcp/configs', method: 'POST', after_apply: true, drop_connection: true });
    await resetCalls();
    const r = await runAsUser(ADMIN, () =>
      createConfigAction({
        name: 'created-then-lost',
        description: 'x',
        mappings: [gmail(['gmail_fetch_mails'])],
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { name: 'created-then-lost' } });
    expect(await calls('POST /api/v1/mcp/configs')).toBe(1);
    const listed = await emu.api<{ configs: { id: string }[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=created-then-lost',
    );
    expect(listed.body.configs.map((c) => c.id)).toEqual([r.ok && r.data.id]);
  });

  it('delete: applied then 502 is reported deleted and recorded', async () => {
    const { deleteConfigAction } = await import('@/lib/configs/actions/delete-config');
    const { listVersions } = await import('@/lib/configs/history');
    const id = await createConfig('deleted-then-lost');
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'DELETE', after_apply: true, status: 502 });
    const r = await runAsUser(ADMIN, () => deleteConfigAction({ id, confirmName: 'deleted-then-lost' }));
    expect(r).toMatchObject({ ok: true });
    expect((await emu.api('GET', `/api/v1/mcp/configs/${id}`)).status).toBe(404);
    expect((await listVersions(id))[0]?.kind).toBe('delete');
  });

  it('instance delete: applied then dropped is reported deleted; dropped before is not applied', async () => {
    const { ensureInstanceAction } = await import('@/lib/instances/actions/ensure-instance');
    const { deleteInstanceAction } = await import('@/lib/instances/actions/delete-instance');
    const configId = await createConfig('instance-write-outcome');
    for (const [who, after] of [
      ['gone-after@example.com', true],
      ['kept-before@example.com', false],
    ] as const) {
      const made = await runAsUser(ADMIN, () => ensureInstanceAction({ configId, identifier: who }));
      if (!made.ok) throw new Error(made.error);
      await fault({
        path: `/api/v1/mcp/instances/${made.data.id}`,
        method: 'DELETE',
        drop_connection: true,
        ...(after ? { after_apply: true } : {}),
      });
      const r = await runAsUser(ADMIN, () => deleteInstanceAction({ instanceId: made.data.id }));
      await emu.control('DELETE', '/faults');
      const status = (await emu.api('GET', `/api/v1/mcp/instances/${made.data.id}`)).status;
      if (after) {
        expect(r).toMatchObject({ ok: true });
        expect(status).toBe(404);
      } else {
        expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/was not applied/) });
        expect(status).toBe(200);
      }
    }
  });

  it('account delete: applied then dropped is reported deleted', async () => {
    const { deleteAccountAction } = await import('@/lib/accounts/actions/account-actions');
    const { configuredScalekit } = await import('@/lib/scalekit/registry');
    const page = await configuredScalekit().connectedAccounts.list({ pageSize: 50 });
    const acct = page.items.find((a) => a.status === 'ACTIVE')!;
    await fault({ path: '/api/v1/connected_accounts:delete', after_apply: true, drop_connection: true });
    const r = await runAsUser(ADMIN, () =>
      deleteAccountAction({
        identifier: acct.identifier,
        connectionName: acct.connectionName,
        accountId: acct.id,
        confirm: acct.connectionName,
      }),
    );
    expect(r).toMatchObject({ ok: true });
    expect((await emu.api('GET', `/api/v1/connected_accounts/${acct.id}`)).status).toBe(404);
  });
});

describe('the deadline', () => {
  it('a save against a Scalekit that answers after 11 s answers within 15 s, and writes nothing', async () => {
    const id = await createConfig('slow-scalekit');
    const base = await baseHashOf(id);
    await fault({ path: `/api/v1/mcp/configs/${id}`, latency_ms: 11_000 });
    await resetCalls();
    const { r, ms } = await save(id, 'v2', base);
    expect(r.ok).toBe(false);
    expect(ms).toBeGreaterThan(ACTION_DEADLINE_MS - 2_000);
    expect(ms).toBeLessThan(ACTION_DEADLINE_MS + 1_000);
    expect(await calls(PUT)).toBe(0); // the re-read before the write never came back: nothing was sent
  }, 60_000);
});
