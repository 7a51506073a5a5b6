/**
 * Calls every server action (the 'use server' modules under lib/<feature>/actions/) directly, as a signed-out visitor and as support, the way a
 * crafted request would, and checks each refuses whatever the role may not do, before anything reaches Scalekit.
 * New actions are picked up automatically.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsUser } from '@/lib/auth/test-user';
import { can } from '@/lib/auth/roles';
import type { TestEmulator } from '@/emulator/test/helpers';
import { SUPPORT, startConsoleEnv } from '../support/console-env';
import {
  loadServerActions,
  PLAUSIBLE_INPUT as plausible,
  type ServerAction,
} from '../support/server-actions';

let emu: TestEmulator;
let actions: { file: string; exportName: string; fn: ServerAction }[] = [];
beforeAll(async () => {
  emu = await startConsoleEnv();
  actions = await loadServerActions();
});
afterAll(() => emu.stop());

describe('server actions called directly', () => {
  it('are all defined through defineAction (so none can skip the checks)', () => {
    expect(actions.length).toBeGreaterThanOrEqual(13); // every action of every feature folder was found
    for (const a of actions) expect(a.fn.permission, `${a.file} ${a.exportName}`).toBeTruthy();
  });

  it('refuse a signed-out visitor, every one, without calling Scalekit', async () => {
    await emu.control('DELETE', '/counters');
    for (const a of actions) {
      const r = await runAsUser(null, () => a.fn(plausible));
      expect(r, `${a.exportName}`).toEqual({ ok: false, error: 'Sign in to continue' });
    }
    expect((await emu.control<{ total?: number }>('GET', '/counters')).total ?? 0).toBe(0);
  });

  it('refuse support for everything outside its permissions, without calling Scalekit', async () => {
    await emu.control('DELETE', '/counters');
    const refused = actions.filter((a) => !can('support', a.fn.permission));
    expect(refused.map((a) => a.fn.actionName)).toEqual(
      expect.arrayContaining(['token.mint', 'token.preview', 'token.preview-call']),
    );
    for (const a of refused) {
      const r = await runAsUser(SUPPORT, () => a.fn(plausible));
      expect(r.ok, `${a.exportName} as support`).toBe(false);
      expect(r.error).toContain('Your role (support) cannot');
    }
    expect((await emu.control<{ total?: number }>('GET', '/counters')).total ?? 0).toBe(0);
  });
});
