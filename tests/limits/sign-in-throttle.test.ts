/**
 * The sign-in throttle kept in the database, after OWASP's device-cookie scheme: two "instances" (two
 * independent throttle objects, on PostgreSQL two connection pools) share every budget, strangers cannot use
 * up a known device's budget, and only failures count. PGlite always; PostgreSQL when TEST_DATABASE_URL is set.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/lib/db/client';
import {
  createSignInThrottle,
  KNOWN_DEVICE_ATTEMPTS,
  throttledCode,
  throttledMessage,
  UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS,
  UNKNOWN_DEVICE_CLIENT_ATTEMPTS,
} from '@/lib/limits/sign-in-throttle';

const PASSWORD = 'right';
const check = (password: string) => async () => (password === PASSWORD ? { email: 'x' } : null);
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.9`;

function suite(kind: string, open: () => Promise<[DbHandle, DbHandle]>) {
  describe(`sign-in throttle on ${kind}`, () => {
    let a: DbHandle;
    let b: DbHandle;
    beforeAll(async () => {
      [a, b] = await open();
    });
    afterAll(async () => {
      await a.close();
      if (b !== a) await b.close();
    });
    const pair = () => {
      let t = Date.now();
      const clock = { now: () => t, advance: (ms: number) => (t += ms) };
      const one = createSignInThrottle({ db: async () => a, now: clock.now });
      const two = createSignInThrottle({ db: async () => b, now: clock.now });
      return { one, two, clock };
    };

    it('guesses from unknown browsers cannot keep the owner out: their known browser signs in on either instance', async () => {
      const { one, two, clock } = pair();
      const email = `${randomUUID()}@example.com`;
      const device = randomUUID();
      for (let i = 0; i < UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS; i++) {
        const via = i % 2 ? one : two;
        expect(await via.attempt({ email, clientIp: address(), deviceId: null }, check('wrong'))).toEqual({
          ok: false,
          reason: 'invalid',
        });
      }
      // Now every unknown browser is refused before the password is checked, even with the right password...
      let verified = 0;
      const refused = await one.attempt(
        { email: email.toUpperCase(), clientIp: address(), deviceId: null },
        async () => (verified++, { email: 'x' }),
      );
      expect(refused).toEqual({ ok: false, reason: 'throttled', retryAfterS: 900 });
      expect(verified).toBe(0);
      // ...while the owner's browser is not held up at all, on either instance.
      for (const via of [one, two]) {
        expect(await via.attempt({ email, clientIp: address(), deviceId: device }, check(PASSWORD))).toEqual({
          ok: true,
          value: { email: 'x' },
          knownDevice: true,
        });
      }
      // The unknown browsers' budget returns when the window ends; it is never a lockout of the person.
      clock.advance(60_000);
      expect(await two.attempt({ email, clientIp: null, deviceId: null }, check(PASSWORD))).toMatchObject({
        retryAfterS: 840,
      });
      clock.advance(840_000);
      expect(await two.attempt({ email, clientIp: null, deviceId: null }, check(PASSWORD))).toMatchObject({
        ok: true,
        knownDevice: false,
      });
    });

    it('only failures use a budget up, and the owner signing in does not hand the guesser a fresh one', async () => {
      const { one, two } = pair();
      const email = `${randomUUID()}@example.com`;
      const clientIp = address();
      for (let i = 0; i < 20; i++) {
        expect((await one.attempt({ email, clientIp, deviceId: null }, check(PASSWORD))).ok).toBe(true);
      }
      for (let i = 0; i < UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS - 1; i++)
        await two.attempt({ email, clientIp: address(), deviceId: null }, check('wrong'));
      expect((await one.attempt({ email, clientIp, deviceId: randomUUID() }, check(PASSWORD))).ok).toBe(true);
      expect(await two.attempt({ email, clientIp: address(), deviceId: null }, check('wrong'))).toEqual({
        ok: false,
        reason: 'invalid',
      });
      expect(await one.attempt({ email, clientIp, deviceId: null }, check('wrong'))).toMatchObject({
        reason: 'throttled',
      });
    });

    it('a known device that keeps guessing (a stolen cookie) gets its own budget, then counts as a stranger', async () => {
      const { one, two } = pair();
      const email = `${randomUUID()}@example.com`;
      const device = randomUUID();
      for (let i = 0; i < KNOWN_DEVICE_ATTEMPTS; i++) {
        expect(
          await (i % 2 ? one : two).attempt({ email, clientIp: null, deviceId: device }, check('wrong')),
        ).toEqual({ ok: false, reason: 'invalid' });
      }
      // Past its budget it falls to the unknown-browser budgets, which it then uses up like anyone else.
      for (let i = 0; i < UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS; i++) {
        expect(await one.attempt({ email, clientIp: null, deviceId: device }, check('wrong'))).toMatchObject({
          reason: 'invalid',
        });
      }
      expect(await two.attempt({ email, clientIp: null, deviceId: device }, check(PASSWORD))).toMatchObject({
        reason: 'throttled',
      });
      // Another known browser of the same person is unaffected.
      expect(
        await two.attempt({ email, clientIp: null, deviceId: randomUUID() }, check(PASSWORD)),
      ).toMatchObject({
        ok: true,
      });
    });

    it('20 concurrent guesses on one account from unknown browsers: only 5 reach the password check', async () => {
      const { one, two } = pair();
      const email = `${randomUUID()}@example.com`;
      let checked = 0;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? one : two).attempt({ email, clientIp: address(), deviceId: null }, async () => {
            checked++;
            return null;
          }),
        ),
      );
      expect(checked).toBe(UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS);
      expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(
        20 - UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS,
      );
    });

    it('budgets one client address across many accounts, for unknown browsers only', async () => {
      const { one, two } = pair();
      const clientIp = address();
      const results = [];
      for (let i = 0; i < UNKNOWN_DEVICE_CLIENT_ATTEMPTS + 2; i++) {
        results.push(
          await (i % 2 ? one : two).attempt(
            { email: `${randomUUID()}@x.io`, clientIp, deviceId: null },
            check('wrong'),
          ),
        );
      }
      expect(results.filter((r) => r.ok === false && r.reason === 'invalid')).toHaveLength(
        UNKNOWN_DEVICE_CLIENT_ATTEMPTS,
      );
      expect(results.slice(-2).every((r) => !r.ok && r.reason === 'throttled')).toBe(true);
      // Staff behind the same address (one office, one proxy) with known browsers still sign in.
      expect(
        await one.attempt(
          { email: `${randomUUID()}@x.io`, clientIp, deviceId: randomUUID() },
          check(PASSWORD),
        ),
      ).toMatchObject({ ok: true, knownDevice: true });
      const other = await one.attempt(
        { email: `${randomUUID()}@x.io`, clientIp: '192.0.2.1', deviceId: null },
        check('wrong'),
      );
      expect(other).toEqual({ ok: false, reason: 'invalid' });
    });
  });
}

suite('PGlite', async () => {
  const h = await createDb({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'throttle-db-')) });
  return [h, h];
});

const pgUrl = process.env.TEST_DATABASE_URL;
// Skipped only when no PostgreSQL is available (TEST_DATABASE_URL unset); CI always sets it.
describe.skipIf(!pgUrl)('PostgreSQL', () => {
  suite('PostgreSQL', async () => [
    await createDb({ databaseUrl: pgUrl }),
    await createDb({ databaseUrl: pgUrl }),
  ]);
});

describe('what the person is told', () => {
  it('says when to try again and that a known browser still works, only for a well-formed code', () => {
    expect(throttledMessage(throttledCode(840))).toMatch(/try again in 14 min, or sign in from a browser/);
    expect(throttledMessage(throttledCode(839.2))).toMatch(/try again in 14 min/);
    expect(throttledMessage('throttled-30')).toMatch(/try again in 30 s/);
    for (const bad of ['credentials', 'throttled-', 'throttled-1e9', '<script>', undefined, 42]) {
      expect(throttledMessage(bad)).toBeNull();
    }
  });
});
