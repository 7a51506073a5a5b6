/** The review's user impact counts the per-user MCP instances a change reaches, with one list call. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startConsoleEnv();
});
afterAll(() => emu.stop());

const idOf = async (name: string) =>
  (await emu.api<{ configs: { id: string }[] }>('GET', `/api/v1/mcp/configs?filter.name=${name}`)).body
    .configs[0]!.id;

describe('user impact of a config change', () => {
  it('says how many instances serve the config (the seed gives reminder-assistant three, email-assistant none)', async () => {
    const { configImpactAction } = await import('@/lib/configs/actions/config-impact');
    await emu.control('DELETE', '/counters');
    const reminder = await runAsUser(ADMIN, async () =>
      configImpactAction({ id: await idOf('reminder-assistant'), connections: ['MY_GMAIL', 'MY_CALENDAR'] }),
    );
    if (!reminder.ok) throw new Error(reminder.error);
    expect(reminder.data.instances).toBe(3);
    const counters = (await emu.control<{ counters: Record<string, number> }>('GET', '/counters')).counters;
    expect(counters['GET /api/v1/mcp/instances']).toBe(1);
    const email = await runAsUser(ADMIN, async () =>
      configImpactAction({ id: await idOf('email-assistant'), connections: ['gmail', 'googlecalendar'] }),
    );
    if (!email.ok) throw new Error(email.error);
    expect(email.data.instances).toBe(0);
  });
});
