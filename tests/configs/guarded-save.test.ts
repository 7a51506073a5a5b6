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

describe('config saves against the emulator', () => {
  it('creates, records history, refuses a stale save with the other change, and records external changes', async () => {
    const { createConfigAction } = await import('@/lib/configs/actions/create-config');
    const { updateConfigAction } = await import('@/lib/configs/actions/update-config');
    const { listVersions, noticeExternalChange } = await import('@/lib/configs/history');
    const { hashSnapshot, snapshotOf } = await import('@/lib/configs/normalize');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();

    const created = await runAsUser(ADMIN, () =>
      createConfigAction({ name: 'guarded', description: 'v1', mappings: [gmail(['gmail_fetch_mails'])] }),
    );
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const base = snapshotOf(await sk.configs.get(id));
    const baseHash = hashSnapshot(base);

    // Someone changes the config outside the console.
    await emu.api('PUT', `/api/v1/mcp/configs/${id}`, { description: 'changed elsewhere' });
    const stale = await runAsUser(ADMIN, () =>
      updateConfigAction({
        id,
        baseHash,
        description: 'mine',
        mappings: [gmail(['gmail_fetch_mails', 'gmail_send_message'])],
      }),
    );
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error).toContain('changed on the server since you opened it');
      expect(stale.details).toMatchObject({ kind: 'conflict', theirs: { description: 'changed elsewhere' } });
    }
    expect(
      (await emu.api<{ config: { description: string } }>('GET', `/api/v1/mcp/configs/${id}`)).body.config
        .description,
    ).toBe('changed elsewhere');

    const current = await sk.configs.get(id);
    await noticeExternalChange(current);
    await noticeExternalChange(current); // recorded once
    const fresh = await runAsUser(ADMIN, () =>
      updateConfigAction({
        id,
        baseHash: hashSnapshot(snapshotOf(current)),
        description: 'mine',
        mappings: [gmail(['gmail_send_message'])],
      }),
    );
    expect(fresh.ok).toBe(true);
    const versions = await listVersions(id);
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [3, 'update'],
      [2, 'external'],
      [1, 'create'],
    ]);
    expect(versions[0].snapshot.mappings).toEqual([gmail(['gmail_send_message'])]);
  });

  it('shows the upstream rule as a message when the server refuses', async () => {
    const { createConfigAction } = await import('@/lib/configs/actions/create-config');
    const dup = await runAsUser(ADMIN, () =>
      createConfigAction({
        name: 'email-assistant',
        description: '',
        mappings: [gmail(['gmail_fetch_mails'])],
      }),
    );
    expect(dup).toMatchObject({ ok: false, error: expect.stringContaining('already exists') });
    // A taken name is the name field's problem: the form (and the clone dialog) says so beside it.
    expect(dup).toMatchObject({ fieldErrors: { name: [expect.stringContaining('email-assistant')] } });
    const { cloneConfigAction } = await import('@/lib/configs/actions/clone-config');
    const sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
    const source = (await sk.configs.list({ filter: { name: 'sales-agent' } })).items[0]!;
    const clone = await runAsUser(ADMIN, () => cloneConfigAction({ id: source.id, name: 'email-assistant' }));
    expect(clone).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringContaining('already exists')] },
    });
    const wrong = await runAsUser(ADMIN, () =>
      createConfigAction({ name: 'wrong-tool', description: '', mappings: [gmail(['slack_send_message'])] }),
    );
    expect(wrong).toMatchObject({ ok: false, error: expect.stringContaining('slack_send_message') });
  });
});
