/**
 * The fault suite for route handlers: each route called as the browser would, with the emulator's fault
 * controls making Scalekit slow, rate-limited, down, or answering garbage. Asserts what the person is told,
 * the HTTP status, and how many upstream calls were made (retries are bounded; nothing is called twice when
 * once serves).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import type { SessionUser } from '@/lib/auth/roles';
import { runAsUser } from '@/lib/auth/test-user';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';

let emu: TestEmulator;
let configId: string;
beforeAll(async () => {
  emu = await startConsoleEnv();
  const r = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = r.body.configs[0]!.id;
});
afterAll(() => emu.stop());
afterEach(async () => {
  await emu.control('DELETE', '/faults');
});

type Handler = (req: Request, seg: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = async (
  as: SessionUser | null,
  handler: Handler,
  url: string,
  params: Record<string, string> = {},
) => {
  const res = await runAsUser(as, () =>
    handler(new Request(`http://console.test${url}`), {
      params: Promise.resolve({ env: 'default', ...params }),
    }),
  );
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as { error?: string; code?: string },
  };
};
const upstreamCalls = async (key: string) =>
  (await emu.control<{ counters: Record<string, number> }>('GET', '/counters')).counters[key] ?? 0;
const fault = async (body: Record<string, unknown>) => {
  const r = await emu.control<{ id?: string }>('POST', '/faults', body);
  if (!r.id) throw new Error(`the emulator refused the fault ${JSON.stringify(body)}: ${JSON.stringify(r)}`);
};

describe('route handlers under upstream faults', () => {
  it('an unknown config is a 404 with the upstream message, not a 500', async () => {
    const { GET } = await import('@/app/api/environments/[env]/readiness/route');
    const r = await call(SUPPORT, GET, '/api/readiness?configId=nope&identifier=x');
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/does not exist/i); // the upstream's own words
  });

  it('429 says when to retry, after a bounded number of attempts', async () => {
    const { GET } = await import('@/app/api/environments/[env]/users/[identifier]/accounts/route');
    await emu.control('DELETE', '/counters');
    await fault({ path: '/api/v1/connected_accounts', method: 'GET', status: 429, retry_after: 1 });
    const r = await call(SUPPORT, GET, '/api/users/x/accounts', { identifier: 'rate-limited@example.com' });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(r.body.error).toMatch(/try again in 1 s/);
    expect(await upstreamCalls('GET /api/v1/connected_accounts')).toBe(4); // the first try + 3 retries
  });

  it.each([
    ['503', { status: 503 }],
    ['500', { status: 500 }],
    ['a malformed body', { malformed_body: true }],
    ['a dropped connection', { drop_connection: true }],
  ])(
    'upstream %s is a 502 "Scalekit is not answering", for support without the internal URL',
    async (_n, f) => {
      const { GET } = await import('@/app/api/environments/[env]/users/[identifier]/accounts/route');
      await fault({ path: '/api/v1/connected_accounts', method: 'GET', ...f });
      const who = `down-${_n.replace(/\W/g, '')}@example.com`;
      const r = await call(SUPPORT, GET, '/api/users/x/accounts', { identifier: who });
      expect(r.status).toBe(502);
      expect(r.body.error).toMatch(/^Scalekit is not answering/);
      expect(r.body.error).not.toContain(emu.url);
    },
  );

  it('admins see where the console tried to reach when the network fails', async () => {
    const { GET } = await import('@/app/api/environments/[env]/users/[identifier]/accounts/route');
    await fault({ path: '/api/v1/connected_accounts', method: 'GET', drop_connection: true });
    const admin = await call(ADMIN, GET, '/api/users/x/accounts', { identifier: 'net-admin@example.com' });
    expect(admin.status).toBe(502);
    expect(admin.body.error).toContain(emu.url);
  });

  it('the public connect route maps upstream failures the same way', async () => {
    const { createConnectLinkAction } = await import('@/lib/connect-links/actions/create-connect-link');
    const { GET } = await import('@/app/api/connect/[token]/route');
    const made = await runAsUser(SUPPORT, () =>
      createConnectLinkAction({ identifier: 'connect-fault@example.com', configId, lifetime: '1h' }),
    );
    if (!made.ok) throw new Error(made.error);
    const token = made.data.url.split('/connect/')[1]!;
    await fault({ path: '/api/v1/connected_accounts', method: 'GET', status: 503 });
    const down = await call(null, GET, `/api/connect/${token}`, { token });
    expect(down.status).toBe(502);
    expect(down.body.error).not.toContain(emu.url);
    const forged = await call(null, GET, '/api/connect/v1.abc.def', { token: 'v1.abc.def' });
    expect(forged).toMatchObject({ status: 404, body: { error: 'This link is not valid' } });
  });

  it('bad query and path input is a 400 that names the field, before any upstream call', async () => {
    const grid = (await import('@/app/api/environments/[env]/readiness-grid/route')).GET;
    const catalog = (await import('@/app/api/environments/[env]/catalog/[connection]/route')).GET;
    await emu.control('DELETE', '/counters');
    const r1 = await call(SUPPORT, grid, `/api/readiness-grid?configId=${configId}&page=0&filter=bogus`);
    expect(r1.status).toBe(400);
    expect(r1.body.error).toMatch(/page/);
    expect(r1.body.error).toMatch(/filter/);
    const r2 = await call(SUPPORT, catalog, '/api/catalog/x', { connection: '../etc' });
    expect(r2.status).toBe(400);
    const counters = (await emu.control<{ total?: number }>('GET', '/counters')).total ?? 0;
    expect(counters).toBe(0);
  });

  it('signed out is a 401 and a missing permission a 403, in the same JSON shape', async () => {
    const { GET } = await import('@/app/api/environments/[env]/catalog/[connection]/route');
    expect(await call(null, GET, '/api/catalog/gmail', { connection: 'gmail' })).toMatchObject({
      status: 401,
      body: { code: 'signed_out' },
    });
    const { GET: identifiers } = await import('@/app/api/environments/[env]/identifiers/route');
    const noRole = { email: 'x@example.com', name: 'x', role: 'nobody' as never };
    expect((await call(noRole, identifiers, '/api/identifiers?q=alice')).status).toBe(403);
  });

  it('a POST body that is too large, not JSON, or the wrong shape is refused before anything runs', async () => {
    const { POST } = await import('@/app/api/connect/[token]/authorize/route');
    const post = async (body: string) => {
      const res = await POST(
        new Request('http://console.test/api/connect/v1.a.b/authorize', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
        { params: Promise.resolve({ token: 'v1.a.b' }) },
      );
      return { status: res.status, body: (await res.json()) as { code?: string; error?: string } };
    };
    await emu.control('DELETE', '/counters');
    expect(await post(JSON.stringify({ connectionName: 'x'.repeat(5000) }))).toMatchObject({
      status: 413,
      body: { code: 'too_large' },
    });
    expect(await post('{"connectionName":')).toMatchObject({ status: 400, body: { code: 'bad_request' } });
    const wrong = await post(JSON.stringify({ connectionName: 42 }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/connectionName/);
    expect((await emu.control<{ total?: number }>('GET', '/counters')).total ?? 0).toBe(0);
  });
});
