import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsUser } from '@/lib/auth/test-user';
import type { TestEmulator } from '@/emulator/test/helpers';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
let configId: string;
beforeAll(async () => {
  emu = await startConsoleEnv();
  const r = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = r.body.configs[0].id;
  // Open the database once first: lib/db/client.ts's getDb() is not safe against concurrent first calls.
  const { getDb } = await import('@/lib/db/client');
  await getDb();
});
afterAll(() => emu.stop());

describe('per-operator mint limit', () => {
  it('lets exactly 10 of 30 concurrent mints through, and says when to retry', async () => {
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    const mint = () =>
      runAsUser(ADMIN, () =>
        mintTokenAction({
          configId,
          identifier: 'alice@example.com',
          expirySeconds: 60,
          accessLevel: 'FULL',
        }),
      );
    const results = await Promise.all(Array.from({ length: 30 }, mint));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const refused = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(refused).toHaveLength(20);
    for (const e of refused) expect(e).toMatch(/minted 10 tokens in the last minute; try again in \d+ s/);
    const { listLedger } = await import('@/lib/tokens/ledger');
    expect((await listLedger({ operator: ADMIN.email }, 100)).entries).toHaveLength(10);
  });

  it('does not count a mint that Scalekit refused', async () => {
    const { mintLimiter } = await import('@/lib/tokens/ledger');
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    const other = { ...ADMIN, email: 'second-admin@example.com' };
    const nobody = await runAsUser(other, () =>
      mintTokenAction({
        configId: 'cfg_missing',
        identifier: 'x@example.com',
        expirySeconds: 60,
        accessLevel: 'FULL',
      }),
    );
    expect(nobody.ok).toBe(false);
    expect((await mintLimiter.take(other.email)).remaining).toBe(9); // the refused mint was given back
  });
});
