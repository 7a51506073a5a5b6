/**
 * The fault suite for server actions: every mutating action run with Scalekit failing under it. Asserts what the
 * person is told, that nothing is lost or half-saved (the config and its history stay as they were), and how
 * many upstream calls were made: a write whose answer is lost is sent once and re-read, never sent again blindly
 * (tests/reliability/write-outcome.test.ts covers writes applied before the answer was lost).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';

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
  if (!r.id) throw new Error(`the emulator refused the fault ${JSON.stringify(body)}`);
};
const calls = async () => {
  const c = (await emu.control<{ counters: Record<string, number> }>('GET', '/counters')).counters;
  return (key: string) => c[key] ?? 0;
};
const resetCalls = () => emu.control('DELETE', '/counters');
const gmail = (tools: string[]) => ({ connectionName: 'gmail', allTools: false, tools });
const DOWN = [
  ['503', { status: 503 }],
  ['a dropped connection', { drop_connection: true }],
  ['a malformed body', { malformed_body: true }],
] as const;

async function createConfig(name: string) {
  const { createConfigAction } = await import('@/lib/configs/actions/create-config');
  const r = await runAsUser(ADMIN, () =>
    createConfigAction({ name, description: 'v1', mappings: [gmail(['gmail_fetch_mails'])] }),
  );
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}
const upstreamConfig = (id: string) =>
  emu.api<{ config: { description?: string } }>('GET', `/api/v1/mcp/configs/${id}`);

describe('config actions under upstream faults', () => {
  it.each(DOWN)(
    'create under %s: told so, one POST (never retried), nothing half-saved',
    async (label, f) => {
      const { createConfigAction } = await import('@/lib/configs/actions/create-config');
      const name = `fault-create-${label.replace(/\W/g, '')}`;
      await fault({ path: '/api/v1/mcp/configs', method: 'POST', ...f });
      await resetCalls();
      const r = await runAsUser(ADMIN, () =>
        createConfigAction({ name, description: 'x', mappings: [gmail(['gmail_fetch_mails'])] }),
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^Creating fault-create-\w+ was not applied/);
      expect((await calls())('POST /api/v1/mcp/configs')).toBe(1);
      await emu.control('DELETE', '/faults');
      const listed = await emu.api<{ configs: unknown[] }>('GET', `/api/v1/mcp/configs?filter.name=${name}`);
      expect(listed.body.configs ?? []).toHaveLength(0); // the wire omits empty lists
    },
  );

  it('update under 503: sent once, re-read, "not applied", the config and its history as they were', async () => {
    const { updateConfigAction } = await import('@/lib/configs/actions/update-config');
    const { listVersions } = await import('@/lib/configs/history');
    const { hashSnapshot, snapshotOf } = await import('@/lib/configs/normalize');
    const { loadConfigForPage } = await import('@/lib/configs/page-data');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
    const id = await createConfig('fault-update');
    const baseHash = hashSnapshot(snapshotOf((await loadConfigForPage(sk, id))!));
    const before = await listVersions(id);
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'PUT', status: 503 });
    await resetCalls();
    const r = await runAsUser(ADMIN, () =>
      updateConfigAction({ id, baseHash, description: 'v2', mappings: [gmail(['gmail_send_message'])] }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The change to fault-update was not applied/),
    });
    expect((await calls())('PUT /api/v1/mcp/configs/{config_id}')).toBe(1); // never sent twice blindly
    await emu.control('DELETE', '/faults');
    expect((await upstreamConfig(id)).body.config.description).toBe('v1');
    expect(await listVersions(id)).toEqual(before);
  });

  it('delete under 503: the config stays and no delete is recorded', async () => {
    const { deleteConfigAction } = await import('@/lib/configs/actions/delete-config');
    const { listVersions } = await import('@/lib/configs/history');
    const id = await createConfig('fault-delete');
    const before = await listVersions(id);
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'DELETE', status: 503 });
    await resetCalls();
    const r = await runAsUser(ADMIN, () => deleteConfigAction({ id, confirmName: 'fault-delete' }));
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Deleting fault-delete was not applied/),
    });
    expect((await calls())('DELETE /api/v1/mcp/configs/{config_id}')).toBe(1);
    await emu.control('DELETE', '/faults');
    expect((await upstreamConfig(id)).status).toBe(200);
    expect(await listVersions(id)).toEqual(before);
  });

  it('clone under 503 on the create: one POST, no clone', async () => {
    const { cloneConfigAction } = await import('@/lib/configs/actions/clone-config');
    const id = await createConfig('fault-clone-src');
    await fault({ path: '/api/v1/mcp/configs', method: 'POST', status: 503 });
    await resetCalls();
    const r = await runAsUser(ADMIN, () => cloneConfigAction({ id, name: 'fault-clone-copy' }));
    expect(r.ok).toBe(false);
    expect((await calls())('POST /api/v1/mcp/configs')).toBe(1);
    await emu.control('DELETE', '/faults');
    const listed = await emu.api<{ configs: unknown[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=fault-clone-copy',
    );
    expect(listed.body.configs ?? []).toHaveLength(0); // the wire omits empty lists
  });

  it('a 429 on update says when to retry', async () => {
    const { updateConfigAction } = await import('@/lib/configs/actions/update-config');
    const { hashSnapshot, snapshotOf } = await import('@/lib/configs/normalize');
    const { loadConfigForPage } = await import('@/lib/configs/page-data');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
    const id = await createConfig('fault-429');
    const baseHash = hashSnapshot(snapshotOf((await loadConfigForPage(sk, id))!));
    await fault({ path: `/api/v1/mcp/configs/${id}`, method: 'PUT', status: 429, retry_after: 1 });
    const r = await runAsUser(ADMIN, () =>
      updateConfigAction({ id, baseHash, description: 'v2', mappings: [gmail(['gmail_fetch_mails'])] }),
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/try again in 1 s/) });
    expect((await upstreamConfig(id)).body.config.description).toBe('v1');
  });
});

describe('tokens, links and accounts under upstream faults', () => {
  it.each(DOWN)('mint under %s: told so, one POST (a mint is a create)', async (_l, f) => {
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    const id = await createConfig(`fault-mint-${_l.replace(/\W/g, '')}`);
    await fault({ path: `/api/v1/mcp/configs/${id}/*`, method: 'POST', ...f });
    await resetCalls();
    const r = await runAsUser(ADMIN, () =>
      mintTokenAction({
        configId: id,
        identifier: 'mint-fault@example.com',
        expirySeconds: 600,
        accessLevel: 'read' as never, // invalid on purpose
      }),
    );
    expect(r.ok).toBe(false);
    const c = await calls();
    const posts = Object.keys(
      (await emu.control<{ counters: Record<string, number> }>('GET', '/counters')).counters,
    )
      .filter((k) => k.startsWith('POST '))
      .reduce((n, k) => n + c(k), 0);
    expect(posts).toBeLessThanOrEqual(1);
  });

  it('a connect link while Scalekit is down is refused with the reason, after bounded reads', async () => {
    const { createConnectLinkAction } = await import('@/lib/connect-links/actions/create-connect-link');
    const id = await createConfig('fault-link');
    await fault({ path: '/api/v1/mcp/configs*', method: 'GET', status: 503 });
    await resetCalls();
    const r = await runAsUser(SUPPORT, () =>
      createConnectLinkAction({ identifier: 'link-fault@example.com', configId: id, lifetime: '1h' }),
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^Scalekit is not answering/) });
    expect((await calls())('GET /api/v1/mcp/configs/{config_id}')).toBeLessThanOrEqual(4);
  });

  it('disconnect and delete under 503: the account is as it was', async () => {
    const { disconnectAccountAction, deleteAccountAction } =
      await import('@/lib/accounts/actions/account-actions');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
    const page = await sk.connectedAccounts.list({ pageSize: 50 });
    const acct = page.items.find((a) => a.status === 'ACTIVE')!;
    expect(acct).toBeDefined();
    const input = { identifier: acct.identifier, connectionName: acct.connectionName, accountId: acct.id };
    await fault({ path: `/api/v1/connected_accounts/${acct.id}:disconnect`, status: 503 });
    await fault({ path: '/api/v1/connected_accounts:delete', status: 503 });
    const d = await runAsUser(ADMIN, () => disconnectAccountAction(input));
    expect(d).toMatchObject({ ok: false, error: expect.stringMatching(/^Scalekit is not answering/) });
    const x = await runAsUser(ADMIN, () => deleteAccountAction({ ...input, confirm: acct.connectionName }));
    expect(x.ok).toBe(false);
    await emu.control('DELETE', '/faults');
    const after = await emu.api<{ connected_account: { status: string } }>(
      'GET',
      `/api/v1/connected_accounts/${acct.id}`,
    );
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.body)).toContain('ACTIVE');
  });
});
