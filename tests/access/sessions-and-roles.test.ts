/**
 * Access is taken back at once, through the real request path: a session as Auth.js hands it over (email, a
 * session id the database knows, no role), the role worked out per request from the configuration as it is
 * now, and sessions an admin ends refused at the next request. Only the session cookie's decoding (auth()),
 * the page path header and the configuration's source are stood in for.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import { runAsUser } from '@/lib/auth/test-user';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';

// What auth() decodes from the browser's cookie: the identity and session id, never a role.
const browser = vi.hoisted(() => ({ session: null as null | { user: Record<string, unknown> } }));
vi.mock('@/lib/auth/index', () => ({ auth: async () => browser.session }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-console-path': '/default/configs' }),
}));
// The role mapping as it is now: the test changes it under a running console.
const mapping = vi.hoisted(() => ({ vars: {} as Record<string, string> }));
vi.mock('@/lib/env', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/env')>();
  return { ...real, getServerEnv: () => real.parseServerEnv({ ...process.env, ...mapping.vars }) };
});

let emu: TestEmulator;
let env: string;
beforeAll(async () => {
  emu = await startConsoleEnv();
  env = (await import('@/lib/environments')).defaultEnvironment()!.name;
});
afterAll(() => emu.stop());

let signIns = 0;
/** Signs someone in as Auth.js would (a recorded session), and returns the session their cookie carries. */
async function signIn(email: string, o: { localRole?: 'admin' | 'support' } = {}) {
  const { newSessionId, recordSignIn } = await import('@/lib/sessions/store');
  const sid = newSessionId();
  signIns++;
  await recordSignIn({
    id: sid,
    email,
    name: email.split('@')[0]!,
    provider: 'oidc',
    localRole: o.localRole,
  });
  return { sid, session: { user: { email, name: email, sid, localRole: o.localRole ?? null, claims: {} } } };
}

/** One click in the console as whoever the cookie says: an admin-only action and an admin-only route. */
async function click(session: { user: Record<string, unknown> }) {
  browser.session = session;
  const { deleteConfigAction } = await import('@/lib/configs/actions/delete-config');
  const { POST: apply } = await import('@/app/api/environments/[env]/configs/apply/route');
  // Invalid on purpose: past the permission check, the input is refused before anything reaches Scalekit.
  const action = await deleteConfigAction({ id: '', confirmName: '' });
  const route = await apply(
    new Request(`http://console.test/api/environments/${env}/configs/apply`, { method: 'POST', body: '{}' }),
    { params: Promise.resolve({ env }) },
  );
  const body = (await route.json()) as { error: string };
  return { action: action.ok ? 'ok' : action.error!, route: route.status, routeError: body.error };
}

describe('a role taken away', () => {
  it('is gone at the next request, without signing in again', async () => {
    mapping.vars = { ADMIN_EMAILS: 'alice@example.com', SUPPORT_EMAILS: '' };
    const alice = await signIn('alice@example.com');
    const asAdmin = await click(alice.session);
    expect(asAdmin.action).toMatch(/^Check the form/); // allowed: only the input is wrong
    expect(asAdmin.route).toBe(400);

    mapping.vars = { ADMIN_EMAILS: '', SUPPORT_EMAILS: 'alice@example.com' };
    const asSupport = await click(alice.session);
    expect(asSupport.action).toBe('Your role (support) cannot do this (config.delete)');
    expect([asSupport.route, asSupport.routeError]).toEqual([403, 'Your role (support) does not allow this']);

    mapping.vars = { ADMIN_EMAILS: '', SUPPORT_EMAILS: '' };
    const asNobody = await click(alice.session);
    expect(asNobody.action).toBe(`You have no role in ${env}`);
    expect([asNobody.route, asNobody.routeError]).toEqual([403, `You have no role in ${env}`]);

    // The same session throughout: it was never ended, the configuration alone decided.
    const { sessionIsActive } = await import('@/lib/sessions/store');
    expect(await sessionIsActive(alice.sid)).toBe(true);
    mapping.vars = { ADMIN_EMAILS: 'alice@example.com' };
    expect((await click(alice.session)).route).toBe(400);
  });
});

describe('ending a person’s sessions', () => {
  it('refuses their next request on every device, audited without session ids', async () => {
    mapping.vars = { ADMIN_EMAILS: 'bob@example.com,carol@example.com' };
    const [laptop, phone, carol] = await Promise.all([
      signIn('bob@example.com'),
      signIn('bob@example.com'),
      signIn('carol@example.com'),
    ]);
    for (const s of [laptop, phone, carol]) expect((await click(s.session)).route).toBe(400);

    const { endSessionsAction } = await import('@/lib/people/actions/end-sessions');
    const ended = await runAsUser(ADMIN, () => endSessionsAction({ email: ' Bob@Example.com ' }));
    expect(ended).toEqual({ ok: true, data: { email: 'bob@example.com', ended: 2 } });

    for (const s of [laptop, phone]) {
      expect(await click(s.session)).toEqual({
        action: 'Sign in to continue',
        route: 401,
        routeError: 'Sign in to continue',
      });
    }
    expect((await click(carol.session)).route).toBe(400); // someone else's sessions are untouched

    const { listAudit } = await import('@/lib/audit/query');
    const { entries } = await listAudit({ action: 'sessions.end', environment: 'console' });
    const entry = entries.find((e) => e.target === 'bob@example.com')!;
    expect(entry).toMatchObject({
      actorEmail: ADMIN.email,
      outcome: 'success',
      environment: null,
      summary: 'Ended 2 sessions of bob@example.com',
    });
    const text = JSON.stringify(entry);
    for (const s of [laptop, phone]) expect(text).not.toContain(s.sid);

    // Nothing left to end: said so, not an error.
    expect(await runAsUser(ADMIN, () => endSessionsAction({ email: 'bob@example.com' }))).toEqual({
      ok: true,
      data: { email: 'bob@example.com', ended: 0 },
    });
  });

  it('is for admins only, and says what is wrong with the input', async () => {
    mapping.vars = {};
    const { endSessionsAction } = await import('@/lib/people/actions/end-sessions');
    const dave = await signIn('dave@example.com', { localRole: 'support' });
    expect(await runAsUser(SUPPORT, () => endSessionsAction({ email: 'dave@example.com' }))).toEqual({
      ok: false,
      error: 'Your role (support) cannot do this (sessions.end)',
    });
    expect(await runAsUser(null, () => endSessionsAction({ email: 'dave@example.com' }))).toEqual({
      ok: false,
      error: 'Sign in to continue',
    });
    const bad = await runAsUser(ADMIN, () => endSessionsAction({ email: 'not an email' }));
    expect(bad).toMatchObject({ ok: false, error: 'Check the form: That is not an email address' });
    expect(bad.ok ? null : bad.fieldErrors?.email).toEqual(['That is not an email address']);
    // As a form posted before JavaScript, too.
    const form = new FormData();
    form.set('email', 'dave@example.com');
    expect(await runAsUser(ADMIN, () => endSessionsAction(null, form))).toEqual({
      ok: true,
      data: { email: 'dave@example.com', ended: 1 },
    });
    browser.session = dave.session;
    expect((await click(dave.session)).route).toBe(401);
  });
});

describe('the people list', () => {
  it('shows each person once, newest first, with their role now and their sessions that still work', async () => {
    mapping.vars = { ADMIN_EMAILS: 'erin@example.com' };
    await signIn('erin@example.com');
    await signIn('erin@example.com');
    await signIn('frank@example.com', { localRole: 'support' });
    const { listPeople } = await import('@/lib/people/people');
    const { people } = await listPeople(1);
    const row = (email: string) => people.find((p) => p.email === email);
    expect(people.filter((p) => p.email === 'erin@example.com')).toHaveLength(1);
    expect(row('erin@example.com')).toMatchObject({
      activeSessions: 2,
      roles: [{ environment: env, role: 'admin' }],
    });
    expect(row('frank@example.com')!.roles).toEqual([{ environment: env, role: 'support' }]);
    expect(row('bob@example.com')!.activeSessions).toBe(0);
    // The list follows the mapping as it is now.
    mapping.vars = {};
    expect((await listPeople(1)).people.find((p) => p.email === 'erin@example.com')!.roles).toEqual([
      { environment: env, role: null },
    ]);
  });

  it('is paged', async () => {
    const { listPeople, PEOPLE_PAGE_SIZE } = await import('@/lib/people/people');
    for (let i = 0; i < PEOPLE_PAGE_SIZE; i++) await signIn(`many-${i}@example.com`);
    const first = await listPeople(1);
    const second = await listPeople(2);
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.more).toBe(true);
    const everyone = new Set([...first.people, ...second.people].map((p) => p.email));
    expect(everyone.size).toBe(first.people.length + second.people.length);
    expect(second.more).toBe(false);
    expect(signIns).toBeGreaterThan(PEOPLE_PAGE_SIZE);
  });
});
