/**
 * The sign-in throttle is kept in the database: two "instances" (two independent throttle objects, on
 * PostgreSQL two connection pools) agree on the count. PGlite always; PostgreSQL when TEST_DATABASE_URL is set.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/lib/db/client';
import {
  ACCOUNT_ATTEMPTS,
  CLIENT_ATTEMPTS,
  clientIpOf,
  createSignInThrottle,
  throttledCode,
  throttledMessage,
} from '@/lib/limits/sign-in-throttle';

const PASSWORD = 'right';
const check = (password: string) => async () => (password === PASSWORD ? { email: 'x' } : null);

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

    it('locks an account after 5 failures on either instance, even for the right password, then lets it retry', async () => {
      const { one, two, clock } = pair();
      const email = `${randomUUID()}@example.com`;
      for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) {
        const via = i % 2 ? one : two;
        expect(await via.attempt({ email, clientIp: null }, check('wrong'))).toEqual({
          ok: false,
          reason: 'invalid',
        });
      }
      let verified = 0;
      const locked = await one.attempt({ email: email.toUpperCase(), clientIp: null }, async () => {
        verified++;
        return { email: 'x' };
      });
      expect(locked).toEqual({ ok: false, reason: 'throttled', retryAfterS: 900 });
      expect(verified).toBe(0); // refused before the password is even hashed
      clock.advance(60_000);
      expect(await two.attempt({ email, clientIp: null }, check(PASSWORD))).toMatchObject({
        retryAfterS: 840,
      });
      clock.advance(840_000);
      expect(await two.attempt({ email, clientIp: null }, check(PASSWORD))).toEqual({
        ok: true,
        value: { email: 'x' },
      });
    });

    it('a success clears earlier failures', async () => {
      const { one, two } = pair();
      const email = `${randomUUID()}@example.com`;
      for (let i = 0; i < ACCOUNT_ATTEMPTS - 1; i++)
        await one.attempt({ email, clientIp: null }, check('wrong'));
      expect((await two.attempt({ email, clientIp: null }, check(PASSWORD))).ok).toBe(true);
      for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) {
        expect(await one.attempt({ email, clientIp: null }, check('wrong'))).toMatchObject({
          reason: 'invalid',
        });
      }
    });

    it('20 concurrent guesses on one account: only 5 reach the password check', async () => {
      const { one, two } = pair();
      const email = `${randomUUID()}@example.com`;
      let checked = 0;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? one : two).attempt({ email, clientIp: null }, async () => {
            checked++;
            return null;
          }),
        ),
      );
      expect(checked).toBe(ACCOUNT_ATTEMPTS);
      expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(20 - ACCOUNT_ATTEMPTS);
    });

    it('budgets one client address across many accounts', async () => {
      const { one, two } = pair();
      const clientIp = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.9`;
      const results = [];
      for (let i = 0; i < CLIENT_ATTEMPTS + 2; i++) {
        results.push(
          await (i % 2 ? one : two).attempt({ email: `${randomUUID()}@x.io`, clientIp }, check('wrong')),
        );
      }
      expect(results.filter((r) => r.ok === false && r.reason === 'invalid')).toHaveLength(CLIENT_ATTEMPTS);
      expect(results.slice(-2).every((r) => !r.ok && r.reason === 'throttled')).toBe(true);
      const other = await one.attempt(
        { email: `${randomUUID()}@x.io`, clientIp: '192.0.2.1' },
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
  it('says when to try again, and only for a well-formed throttled code', () => {
    expect(throttledMessage(throttledCode(840))).toBe('Too many attempts: try again in 14 min');
    expect(throttledMessage(throttledCode(839.2))).toBe('Too many attempts: try again in 14 min');
    expect(throttledMessage('throttled-30')).toBe('Too many attempts: try again in 30 s');
    for (const bad of ['credentials', 'throttled-', 'throttled-1e9', '<script>', undefined, 42]) {
      expect(throttledMessage(bad)).toBeNull();
    }
  });

  it('takes the address the nearest proxy saw', () => {
    expect(clientIpOf(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.7' }))).toBe('10.0.0.7');
    expect(clientIpOf(new Headers({ 'x-real-ip': '10.0.0.8' }))).toBe('10.0.0.8');
    expect(clientIpOf(new Headers())).toBeNull();
  });
});
