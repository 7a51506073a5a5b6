/**
 * Roles per environment, enforced on the server: with two environments and ops@example.com admin in
 * development and support in production (the embedded default's mapping, scripts/lib/emulator-environments.ts),
 * every server action, every route under /api/environments/<env>/ and every page of an environment is called
 * as admin, support, ops and a signed-out visitor in each environment. Whatever support may not do is refused
 * in production before anything reaches Scalekit, and allowed past the permission check in development. Writes
 * aimed at production from a development page (promotion, API keys) are refused too. Unknown environments are a
 * 404 that names the ones there are. Actions, routes and pages are found on disk, so new ones are covered.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';
import { can, type Permission, type Role, type SessionUser } from '@/lib/auth/roles';
import { runAsUser } from '@/lib/auth/test-user';
import { productionRoles } from '@/scripts/lib/emulator-environments';
import { ADMIN, SUPPORT } from '../support/console-env';
import {
  loadServerActions,
  PLAUSIBLE_INPUT as plausible,
  pageFiles,
  routeFiles,
  type ServerAction,
} from '../support/server-actions';

const OPS: SessionUser = { email: 'ops@example.com', name: 'Ops', role: 'admin' }; // a demo account's role
const ENVIRONMENTS = ['development', 'production'] as const;
type Env = (typeof ENVIRONMENTS)[number];

// What the configuration must give each person: the table the assertions below go by.
const EXPECTED: Record<string, Record<Env, Role>> = {
  [ADMIN.email]: { development: 'admin', production: 'admin' },
  [SUPPORT.email]: { development: 'support', production: 'support' },
  [OPS.email]: { development: 'admin', production: 'support' },
};
const PEOPLE = [ADMIN, SUPPORT, OPS];
const highest = (email: string): Role =>
  Object.values(EXPECTED[email]!).includes('admin') ? 'admin' : 'support';

let emulators: Record<Env, TestEmulator>;
let actions: { file: string; exportName: string; fn: ServerAction }[] = [];
beforeAll(async () => {
  const [development, production] = await Promise.all([
    startTestEmulator({ seedToolCalls: 0 }),
    startTestEmulator({ seedToolCalls: 0, seedVariant: 'production' }),
  ]);
  emulators = { development, production };
  for (const k of ['SCALEKIT_ENV_URL', 'SCALEKIT_CLIENT_ID', 'SCALEKIT_CLIENT_SECRET']) delete process.env[k];
  const vars: Record<string, string> = {
    SCALEKIT_ENVIRONMENTS: ENVIRONMENTS.join(','),
    MCP_CONSOLE_BACKEND: 'emulator',
    CONSOLE_PUBLIC_URL: 'https://console.example.test',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'env-permissions-')),
    // What next.config's experimental.authInterrupts sets: pages answer forbidden() with the 403 page.
    __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: '1',
    ...productionRoles(process.env),
  };
  for (const name of ENVIRONMENTS) {
    const p = `SCALEKIT_${name.toUpperCase()}_`;
    vars[`${p}ENV_URL`] = emulators[name].url;
    vars[`${p}CLIENT_ID`] = emulators[name].clientId;
    vars[`${p}CLIENT_SECRET`] = emulators[name].clientSecret;
  }
  Object.assign(process.env, vars);
  await (await import('@/lib/db/client')).getDb();
  actions = await loadServerActions();
}, 120_000);
afterAll(async () => {
  await Promise.all(Object.values(emulators ?? {}).map((e) => e.stop()));
});

const upstreamCalls = async (env: Env) =>
  (await emulators[env].control<{ total?: number }>('GET', '/counters')).total ?? 0;
const resetCounters = () => Promise.all(ENVIRONMENTS.map((e) => emulators[e].control('DELETE', '/counters')));

const refusal = /cannot do this|does not allow this|You have no role|Sign in to continue/;

/** An action's result; one that ends by opening a page (redirect()) got past every check. */
const outcome = (p: Promise<{ ok: boolean; error?: string }>): Promise<{ ok: boolean; error?: string }> =>
  p.catch((err: unknown) => {
    if (String((err as { digest?: string }).digest).startsWith('NEXT_REDIRECT')) return { ok: true };
    throw err;
  });

describe('the configuration', () => {
  it('makes ops admin in development and support in production, as the e2e console does', async () => {
    const { roleIn } = await import('@/lib/environments/roles');
    for (const u of PEOPLE)
      for (const env of ENVIRONMENTS)
        expect(
          roleIn({ email: u.email, name: u.name, localRole: u.role, claims: {} }, env),
          `${u.email} ${env}`,
        ).toBe(EXPECTED[u.email]![env]);
  });
});

describe('every server action, as every role in every environment', () => {
  it('refuses a signed-out visitor everywhere, without calling Scalekit', async () => {
    await resetCounters();
    for (const env of ENVIRONMENTS)
      for (const a of actions) {
        const r = await runAsUser(null, () => a.fn(plausible), { environment: env });
        expect(r, `${a.exportName} in ${env}`).toEqual({ ok: false, error: 'Sign in to continue' });
      }
    for (const env of ENVIRONMENTS) expect(await upstreamCalls(env)).toBe(0);
  });

  it('refuses in production whatever support may not do, ops included, without calling Scalekit', async () => {
    await resetCounters();
    const writes = actions.filter((a) => a.fn.scope === 'environment' && !can('support', a.fn.permission));
    expect(writes.map((a) => a.fn.actionName)).toEqual(
      expect.arrayContaining([
        'config.update',
        'config.delete',
        'configs.apply',
        'token.mint',
        'account.delete',
      ]),
    );
    for (const u of [SUPPORT, OPS])
      for (const a of writes) {
        const r = await runAsUser(u, () => a.fn(plausible), { environment: 'production' });
        expect(r, `${a.exportName} as ${u.email} in production`).toEqual({
          ok: false,
          error: `Your role (support) cannot do this (${a.fn.actionName})`,
        });
      }
    expect(await upstreamCalls('production')).toBe(0);
  });

  it('lets each role past the permission check exactly where its role there allows', async () => {
    for (const u of PEOPLE)
      for (const env of ENVIRONMENTS)
        for (const a of actions) {
          const role = a.fn.scope === 'deployment' ? highest(u.email) : EXPECTED[u.email]![env];
          const r = await outcome(runAsUser(u, () => a.fn(plausible), { environment: env }));
          const what = `${a.exportName} as ${u.email} (${role}) in ${env}`;
          if (can(role, a.fn.permission)) expect(r.error ?? '', what).not.toMatch(refusal);
          else
            expect(r, what).toEqual({
              ok: false,
              error: `Your role (${role}) cannot do this (${a.fn.actionName})`,
            });
        }
  }, 120_000);

  it('refuses a write aimed at production from a development page, for ops', async () => {
    await resetCounters();
    const { applyPlanAction } = await import('@/lib/config-plan/actions/apply-plan');
    const apply = await runAsUser(
      OPS,
      () => applyPlanAction({ environment: 'production', digest: 'a'.repeat(64) }),
      {
        environment: 'development',
      },
    );
    expect(apply).toMatchObject({
      ok: false,
      error: 'Your role in production (support) does not allow this',
    });
    expect(await upstreamCalls('production')).toBe(0);
  });

  it('never lets ops make an API key that could do more in production than ops can', async () => {
    const { createApiKeyAction } = await import('@/lib/api-keys/actions/create-api-key');
    const create = (name: string, role: Role, environments: string[]) =>
      runAsUser(OPS, () => createApiKeyAction({ name, role, environments, expiresInDays: 7 }), {
        environment: 'development',
      });
    const escalate = await create('ops-prod-admin', 'admin', ['development', 'production']);
    expect(escalate).toMatchObject({
      ok: false,
      error: 'Your role in production (support) is below admin: a key cannot do more than you can there',
    });
    expect((await create('ops-dev-admin', 'admin', ['development'])).ok).toBe(true);
    expect((await create('ops-prod-support', 'support', ['production'])).ok).toBe(true);
    const { listApiKeys } = await import('@/lib/api-keys/store');
    expect((await listApiKeys()).map((k) => k.name)).not.toContain('ops-prod-admin');
  });
});

type Handler = ((req: Request, seg: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  definition?: { access: Permission | 'public'; mutation?: boolean };
};
const PARAMS: Record<string, string> = {
  connection: 'gmail',
  name: 'gmail',
  identifier: 'alice@example.com',
};

async function environmentRoutes() {
  const out: {
    path: string;
    method: string;
    handler: Handler;
    params: (env: string) => Record<string, string>;
  }[] = [];
  for (const r of routeFiles('api/environments/[env]')) {
    const mod = (await import(r.file)) as Record<string, unknown>;
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const handler = mod[method] as Handler | undefined;
      if (!handler) continue;
      const names = r.segments.filter((s) => s.startsWith('[')).map((s) => s.slice(1, -1));
      out.push({
        path: `/${r.segments.join('/')}`,
        method,
        handler,
        params: (env) => Object.fromEntries(names.map((n) => [n, n === 'env' ? env : PARAMS[n]!])),
      });
    }
  }
  return out;
}

async function callRoute(
  r: Awaited<ReturnType<typeof environmentRoutes>>[number],
  user: SessionUser | null,
  env: string,
) {
  const params = r.params(env);
  const url = `http://console.test${r.path.replace(/\[(\w+)\]/g, (_, n: string) => encodeURIComponent(params[n]!))}`;
  const res = await runAsUser(user, () =>
    r.handler(
      new Request(url, {
        method: r.method,
        body: r.method === 'GET' ? undefined : '{}',
        headers: r.method === 'GET' ? {} : { 'content-type': 'application/json' },
      }),
      { params: Promise.resolve(params) },
    ),
  );
  const text = res.headers.get('content-type')?.includes('json') ? await res.text() : '';
  await res.body?.cancel().catch(() => undefined); // event streams never end on their own
  return { status: res.status, text };
}

describe('every route under /api/environments/<env>/, as every role in every environment', () => {
  it('finds the routes, the write among them', async () => {
    const routes = await environmentRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(13);
    expect(
      routes.filter((r) => r.handler.definition?.mutation).map((r) => `${r.method} ${r.path}`),
    ).toContain('POST /api/environments/[env]/configs/apply');
    for (const r of routes) expect(r.handler.definition, `${r.method} ${r.path}`).toBeTruthy();
  });

  it('answers each as the role there allows: 401 signed out, 403 without the permission, else past the check', async () => {
    const routes = await environmentRoutes();
    for (const env of ENVIRONMENTS)
      for (const r of routes) {
        const access = r.handler.definition!.access;
        expect(access, `${r.method} ${r.path}`).not.toBe('public'); // every route of an environment is signed-in
        expect((await callRoute(r, null, env)).status, `${r.method} ${r.path} signed out`).toBe(401);
        for (const u of PEOPLE) {
          const role = EXPECTED[u.email]![env];
          const { status, text } = await callRoute(r, u, env);
          const what = `${r.method} ${r.path} as ${u.email} (${role}) in ${env}: ${status} ${text}`;
          if (access === 'public' || can(role, access)) expect([401, 403], what).not.toContain(status);
          else {
            expect(status, what).toBe(403);
            expect(JSON.parse(text).error, what).toBe(`Your role (${role}) does not allow this`);
          }
        }
      }
  }, 120_000);

  it('refuses ops every write in production without calling Scalekit, and lets it through in development', async () => {
    const writes = (await environmentRoutes()).filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);
    await resetCounters();
    for (const r of writes.filter((w) => !can('support', w.handler.definition!.access as Permission)))
      expect((await callRoute(r, OPS, 'production')).status, `${r.method} ${r.path}`).toBe(403);
    expect(await upstreamCalls('production')).toBe(0);
    const apply = writes.find((r) => r.path.endsWith('/configs/apply'))!;
    expect((await callRoute(apply, OPS, 'development')).status).toBe(400); // the empty body, not the role
  });
});

const notFoundDigest = /NEXT_HTTP_ERROR_FALLBACK;404/;
const forbiddenDigest = /NEXT_HTTP_ERROR_FALLBACK;403/;
const digestOf = (p: Promise<unknown>) =>
  p.then(
    () => 'rendered',
    (err: unknown) => String((err as { digest?: string }).digest ?? (err as Error).message),
  );

describe('every page of an environment', () => {
  it('is the 403 page in production for ops and support where it needs more than support, and open to ops in development', async () => {
    const { pageContext } = await import('@/lib/request/context');
    const pages = pageFiles('(console)/[env]').filter((p) => p.permission && !can('support', p.permission));
    expect(pages.map((p) => path.basename(path.dirname(p.file)))).toEqual(
      expect.arrayContaining(['new', 'apply', 'tokens']),
    );
    for (const p of pages) {
      const page = ((await import(p.file)) as { default: (props: unknown) => Promise<unknown> }).default;
      const props = (env: string) => ({
        params: Promise.resolve({ env, id: 'cfg_1' }),
        searchParams: Promise.resolve({}),
      });
      for (const u of [OPS, SUPPORT])
        expect(
          await digestOf(runAsUser(u, () => page(props('production')))),
          `${p.file} as ${u.email}`,
        ).toMatch(forbiddenDigest);
      // In development ops passes the page's own check (what the page then renders is another test's business).
      const ctx = await runAsUser(OPS, () =>
        pageContext(p.permission!, { params: Promise.resolve({ env: 'development' }) }),
      );
      expect(ctx.role).toBe('admin');
    }
  });
});

describe('an unknown environment in an address', () => {
  it('is a 404 naming the environments there are, for a route', async () => {
    const routes = await environmentRoutes();
    for (const r of routes) {
      const { status, text } = await callRoute(r, ADMIN, 'staging');
      expect(status, `${r.method} ${r.path}`).toBe(404);
      expect(JSON.parse(text).error).toBe(
        'There is no environment named "staging". This console has: development, production.',
      );
    }
  });

  it('is the not-found page for a page, and a clear refusal for an action', async () => {
    const page = (
      (await import('@/app/(console)/[env]/configs/page')) as {
        default: (props: unknown) => Promise<unknown>;
      }
    ).default;
    const at = { params: Promise.resolve({ env: 'staging' }), searchParams: Promise.resolve({}) };
    expect(await digestOf(runAsUser(ADMIN, () => page(at)))).toMatch(notFoundDigest);
    const { deleteConfigAction } = await import('@/lib/configs/actions/delete-config');
    expect(
      await runAsUser(ADMIN, () => deleteConfigAction({ id: 'cfg_1', confirmName: 'x' }), {
        environment: 'staging',
      }),
    ).toEqual({
      ok: false,
      error: 'There is no environment named "staging".',
    });
  });
});
