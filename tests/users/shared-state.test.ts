/**
 * The server half of the polling bound, against a real emulator: many concurrent readers of one user cost one
 * upstream call; our own changes are visible at once; the readiness grid is built from list pages, not cells.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import type { ScalekitClient } from '@/lib/scalekit';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';

let emu: TestEmulator;
let configId: string;
let sk: ScalekitClient; // the environment's client: the one the actions use, with its caches
const upstream = async () =>
  (await emu.control<{ counters?: Record<string, number> }>('GET', '/counters')).counters ?? {};

beforeAll(async () => {
  emu = await startConsoleEnv();
  const r = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = r.body.configs[0]!.id;
  sk = (await import('@/lib/scalekit/registry')).configuredScalekit();
});
afterAll(() => emu.stop());

describe('a user watched by many', () => {
  it('50 concurrent readers cost one upstream call', async () => {
    const { loadUserAccounts } = await import('@/lib/accounts/user-accounts');
    await emu.control('DELETE', '/counters');
    const all = await Promise.all(Array.from({ length: 50 }, () => loadUserAccounts(sk, 'bob@example.com')));
    expect((await upstream())['GET /api/v1/connected_accounts']).toBe(1);
    expect(new Set(all.map((r) => r.loadedAt)).size).toBe(1);
    expect(all[0]!.value.map((a) => a.connectionName)).toEqual(expect.arrayContaining(['gmail', 'slack']));
  });

  it('an account change we make shows on the next read, not after the cache expires', async () => {
    const { loadUserAccounts } = await import('@/lib/accounts/user-accounts');
    const { disconnectAccountAction } = await import('@/lib/accounts/actions/account-actions');
    const before = (await loadUserAccounts(sk, 'bob@example.com')).value.find(
      (a) => a.connectionName === 'gmail',
    )!;
    expect(before.status).toBe('ACTIVE');
    const r = await runAsUser(ADMIN, () =>
      disconnectAccountAction({
        identifier: 'bob@example.com',
        connectionName: 'gmail',
        accountId: before.id,
      }),
    );
    expect(r).toEqual({ ok: true, data: { status: 'DISCONNECTED' } });
    const after = (await loadUserAccounts(sk, 'bob@example.com')).value.find(
      (a) => a.connectionName === 'gmail',
    )!;
    expect(after.status).toBe('DISCONNECTED');
  });

  it('refuses to act on an account id that belongs to someone else', async () => {
    const { loadUserAccounts } = await import('@/lib/accounts/user-accounts');
    const { deleteAccountAction } = await import('@/lib/accounts/actions/account-actions');
    const alices = (await loadUserAccounts(sk, 'alice@example.com')).value.find(
      (a) => a.connectionName === 'slack',
    )!;
    const r = await runAsUser(ADMIN, () =>
      deleteAccountAction({
        identifier: 'bob@example.com',
        connectionName: 'slack',
        accountId: alices.id,
        confirm: 'slack',
      }),
    );
    expect(r.ok).toBe(false);
    expect((await loadUserAccounts(sk, 'alice@example.com')).value.some((a) => a.id === alices.id)).toBe(
      true,
    );
  });
});

describe('readiness grid', () => {
  it('is built from list pages (1 config read + one page per 99 accounts per connection)', async () => {
    const { loadReadiness } = await import('@/lib/readiness/snapshot');
    await emu.control('DELETE', '/counters');
    const snap = await loadReadiness(sk, configId);
    const counters = await upstream();
    expect(snap.connections).toEqual(['gmail', 'googlecalendar']);
    expect(snap.users.length).toBeGreaterThan(20); // the 20 seeded users plus the named ones
    expect(Object.entries(counters).filter(([k]) => k.startsWith('GET /api/v1/mcp/configs/'))).toEqual([
      [expect.any(String), 1],
    ]);
    expect(counters['GET /api/v1/connected_accounts']).toBe(2); // < 99 accounts each: one page per connection
    expect(snap.upstreamCalls).toBe(3);
    // Viewers within the snapshot's life share it.
    await Promise.all(Array.from({ length: 10 }, () => loadReadiness(sk, configId)));
    expect((await upstream())['GET /api/v1/connected_accounts']).toBe(2);
  });

  it('bulk connect links go only to users who are not ready, each a valid link for them', async () => {
    const { bulkConnectLinksAction } = await import('@/lib/connect-links/actions/bulk-connect-links');
    const { verifyConnectLink } = await import('@/lib/connect-links/token');
    const r = await runAsUser(SUPPORT, () =>
      bulkConnectLinksAction({ configId, filter: 'all', q: '', lifetime: '1h' }),
    );
    if (!r.ok) throw new Error(r.error);
    const lines = r.data.csv.trim().split('\r\n').slice(1);
    expect(lines.length).toBe(r.data.count);
    const ids = lines.map((l) => l.split(',')[0]);
    expect(ids).not.toContain('alice@example.com'); // ready everywhere
    expect(ids).toContain('carol@example.com'); // gmail expired
    const token = lines
      .find((l) => l.startsWith('carol@'))!
      .split(',')[1]!
      .split('/connect/')[1]!;
    const v = verifyConnectLink('mcp-console-development-secret-not-for-production', token);
    expect(v.ok && v.claims.identifier).toBe('carol@example.com');
  });
});
