import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsUser } from '@/lib/auth/test-user';
import type { TestEmulator } from '@/emulator/test/helpers';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startConsoleEnv();
});
afterAll(() => emu.stop());

const gmail = (tools: string[]) => ({ connectionName: 'gmail', allTools: false, tools });

describe('honest config history', () => {
  it('records a change made elsewhere once, even when two loads race, and before a refused save', async () => {
    const { createConfigAction } = await import('@/lib/configs/actions/create-config');
    const { updateConfigAction } = await import('@/lib/configs/actions/update-config');
    const { listVersions } = await import('@/lib/configs/history');
    const { loadConfigForPage } = await import('@/lib/configs/page-data');
    const { hashSnapshot, snapshotOf } = await import('@/lib/configs/normalize');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();

    const created = await runAsUser(ADMIN, () =>
      createConfigAction({ name: 'honest', description: 'v1', mappings: [gmail(['gmail_fetch_mails'])] }),
    );
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const loaded = (await loadConfigForPage(sk, id))!;
    const baseHash = hashSnapshot(snapshotOf(loaded));

    await emu.api('PUT', `/api/v1/mcp/configs/${id}`, { description: 'changed elsewhere' });
    // Two viewers open the page at the same moment: one external version, not two.
    await Promise.all([loadConfigForPage(sk, id), loadConfigForPage(sk, id), loadConfigForPage(sk, id)]);
    let versions = await listVersions(id);
    expect(versions.map((v) => [v.version, v.kind, v.actorEmail])).toEqual([
      [2, 'external', 'outside the console'],
      [1, 'create', ADMIN.email],
    ]);

    // A second outside change nobody loaded: the refused save records it before refusing.
    await emu.api('PUT', `/api/v1/mcp/configs/${id}`, { description: 'changed elsewhere again' });
    const stale = await runAsUser(ADMIN, () =>
      updateConfigAction({ id, baseHash, description: 'mine', mappings: [gmail(['gmail_send_message'])] }),
    );
    expect(stale.ok).toBe(false);
    versions = await listVersions(id);
    expect(versions[0]).toMatchObject({ version: 3, kind: 'external', actorEmail: 'outside the console' });
    expect(versions[0].snapshot.description).toBe('changed elsewhere again');
  });
});
