/**
 * The Connections snapshot against a real emulator with enough users that account lists span pages: its
 * upstream cost is list pages (connections + configs + ceil(accounts / 99) per connection), never a call per
 * user, and concurrent viewers share one build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';
import { createScalekitClient } from '@/lib/scalekit';

let emu: TestEmulator;
const counters = async () =>
  (await emu.control<{ counters?: Record<string, number> }>('GET', '/counters')).counters ?? {};

beforeAll(async () => {
  emu = await startTestEmulator({ seedUsers: 240 });
});
afterAll(() => emu.stop());

describe('connections snapshot', () => {
  it('costs list pages only, and 30 concurrent viewers share one build', async () => {
    const { loadConnections } = await import('@/lib/connections/snapshot');
    // What the emulator holds, counted independently of the loader: accounts per connection.
    const conns = await emu.api<{ connections: { key_id: string }[] }>(
      'GET',
      '/api/v1/connections/app?page_size=100',
    );
    const sizes = await Promise.all(
      conns.body.connections.map(async (c) => {
        const r = await emu.api<{ total_size: number }>(
          'GET',
          `/api/v1/connected_accounts?connector=${c.key_id}&page_size=1`,
        );
        return r.body.total_size;
      }),
    );
    expect(Math.max(...sizes)).toBeGreaterThan(99); // some list spans pages, or the test proves little
    const expectedPages = sizes.reduce((n, s) => n + Math.max(1, Math.ceil(s / 99)), 0);

    const sk = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
    });
    await emu.control('DELETE', '/counters');
    const all = await Promise.all(Array.from({ length: 30 }, () => loadConnections(sk)));
    const c = await counters();
    expect(c['GET /api/v1/connected_accounts']).toBe(expectedPages);
    expect(c['GET /api/v1/connections/app']).toBe(1);
    expect(c['GET /api/v1/mcp/configs']).toBe(1);
    // Nothing per user or per account.
    expect(Object.keys(c).filter((k) => /connected_accounts\/|details|auth_state|search/.test(k))).toEqual(
      [],
    );
    const snap = all[0]!;
    expect(new Set(all.map((s) => s.loadedAt)).size).toBe(1);
    expect(snap.upstreamCalls).toBe(expectedPages + 2);
    expect(snap.connections.map((x) => x.name).sort()).toEqual(
      conns.body.connections.map((x) => x.key_id).sort(),
    );
    const users = new Set(Object.values(snap.accounts).flatMap((list) => list.map((a) => a.identifier)));
    expect(users.size).toBeGreaterThan(expectedPages * 5);
    expect(snap.accounts['gmail']!.find((a) => a.identifier === 'carol@example.com')!.status).toBe('EXPIRED');
    expect(sizes).toEqual(conns.body.connections.map((x) => snap.accounts[x.key_id]!.length));
  });

  it('counts tools with one summary call per connection, cached', async () => {
    const { loadToolCounts } = await import('@/lib/connections/snapshot');
    const sk = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
    });
    const all = await emu.api<{ tools: unknown[] }>(
      'GET',
      '/api/v1/tools?filter.connector=gmail&page_size=500',
    );
    await emu.control('DELETE', '/counters');
    const counts = await loadToolCounts(sk, ['gmail', 'slack']);
    await loadToolCounts(sk, ['slack', 'gmail']);
    expect(counts.gmail).toBe(all.body.tools.length);
    expect(counts.gmail).toBeGreaterThan(1);
    expect((await counters())['GET /api/v1/tools']).toBe(2);
  });
});
