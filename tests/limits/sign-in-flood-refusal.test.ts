/**
 * A flood of guesses at spent budgets: once the database has refused an unknown browser, the instance refuses
 * the next ones for up to 5 s without a statement, and a POST to the credentials callback is answered before
 * Auth.js with the sign-in page and the wait. Browsers with a device cookie are always asked for; after 5 s the
 * database is asked again. PGlite in memory.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/lib/db/client';
import { issueDevice, DEVICE_COOKIE } from '@/lib/auth/device-cookie';
import { throttledBeforeAuth } from '@/lib/auth/credentials-sign-in';
import {
  createSignInThrottle,
  REFUSAL_MEMORY_MS,
  THROTTLE_WINDOW_MS,
  UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS,
} from '@/lib/limits/sign-in-throttle';

const SECRET = 'flood-refusal-test-secret-0123456789';
const wrong = async () => null;

describe('refusing a flood at spent budgets', () => {
  let db: DbHandle;
  let statements = 0;
  beforeAll(async () => {
    db = await createDb({ memory: true });
  });
  afterAll(() => db.close());

  const setup = async () => {
    let t = Date.now();
    const clock = { now: () => t, advance: (ms: number) => (t += ms) };
    const counted: DbHandle = {
      ...db,
      raw: { ...db.raw, query: (sql, params) => (statements++, db.raw.query(sql, params)) },
    };
    const throttle = createSignInThrottle({ db: async () => counted, now: clock.now });
    const email = `${randomUUID()}@example.com`;
    for (let i = 0; i <= UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS; i++) {
      await throttle.attempt({ email, clientIp: null, deviceId: null }, wrong);
    }
    return { throttle, clock, email };
  };

  const post = (email: string, headers: Record<string, string> = {}) =>
    new Request('http://127.0.0.1:3000/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ email, password: 'guess', csrfToken: 'x' }),
    });
  const deps = (throttle: ReturnType<typeof createSignInThrottle>) => ({
    throttle,
    secret: SECRET,
    trustedProxyHops: 0,
  });
  const page = new URL('http://127.0.0.1:3000/sign-in');

  it('refuses unknown browsers without a statement for 5 s, then asks the database again', async () => {
    const { throttle, clock, email } = await setup();
    const before = statements;
    let verified = 0;
    for (let i = 0; i < 50; i++) {
      const r = await throttle.attempt(
        { email: email.toUpperCase(), clientIp: null, deviceId: null },
        async () => verified++,
      );
      expect(r).toMatchObject({ ok: false, reason: 'throttled' });
    }
    expect(statements - before).toBe(0);
    expect(verified).toBe(0);
    expect(throttle.refusedWithoutAsking({ email, clientIp: null, deviceId: null })).toBe(
      THROTTLE_WINDOW_MS / 1000,
    );
    // A browser the account knows has a budget of its own: always asked for, and let in.
    const device = await throttle.attempt(
      { email, clientIp: null, deviceId: randomUUID() },
      async () => 'in',
    );
    expect(device).toMatchObject({ ok: true, knownDevice: true });
    expect(throttle.refusedWithoutAsking({ email, clientIp: null, deviceId: randomUUID() })).toBeNull();

    clock.advance(REFUSAL_MEMORY_MS);
    expect(throttle.refusedWithoutAsking({ email, clientIp: null, deviceId: null })).toBeNull();
    const asked = statements;
    expect(await throttle.attempt({ email, clientIp: null, deviceId: null }, wrong)).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    expect(statements - asked).toBeGreaterThan(0); // the database still decides, every 5 s
  });

  it('answers a credentials POST at a spent budget before Auth.js, as Auth.js would', async () => {
    const { throttle, email } = await setup();
    const before = statements;
    const res = await throttledBeforeAuth(deps(throttle), post(email), page);
    expect(res?.status).toBe(302);
    const to = new URL(res!.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(page.href);
    expect(to.searchParams.get('error')).toBe('CredentialsSignin');
    expect(to.searchParams.get('code')).toMatch(/^throttled-\d+$/);
    // Auth.js's own client asks for the address as JSON.
    const json = await throttledBeforeAuth(
      deps(throttle),
      post(email, { 'x-auth-return-redirect': '1' }),
      page,
    );
    expect(((await json!.json()) as { url: string }).url).toBe(to.href);
    expect(statements - before).toBe(0);
  });

  it('leaves to Auth.js a device cookie for the account, a budget not known spent, and anything else', async () => {
    const { throttle, email } = await setup();
    const cookie = `${DEVICE_COOKIE}=${issueDevice(SECRET, undefined, email)}`;
    expect(await throttledBeforeAuth(deps(throttle), post(email, { cookie }), page)).toBeNull();
    expect(await throttledBeforeAuth(deps(throttle), post(`${randomUUID()}@example.com`), page)).toBeNull();
    expect(await throttledBeforeAuth(deps(throttle), post('not an email'), page)).toBeNull();
    const other = new Request('http://127.0.0.1:3000/api/auth/signout', {
      method: 'POST',
      body: `email=${email}`,
    });
    expect(await throttledBeforeAuth(deps(throttle), other, page)).toBeNull();
  });
});
