/**
 * Sign-in throttling that a stranger cannot aim at staff (OWASP's device-cookie scheme). Attempts from a browser
 * that has signed in to the account before (a valid device cookie, lib/auth/device-cookie.ts) have a budget of
 * their own per device, so the owner keeps signing in with the right password whatever happens elsewhere.
 * Attempts from unknown browsers share two budgets that only they consume: per account (a slow trickle of
 * guesses at any one person) and per client address (guessing across many accounts from one place). An unknown
 * browser over either budget is refused before the password is checked; nobody with a known browser is.
 *
 * Budgets are fixed windows counted in the console database (lib/limits/window-limiter.ts: one atomic statement
 * per attempt), so they hold across console instances sharing PostgreSQL. Each attempt is counted before the
 * password is checked (concurrent guesses cannot slip past a budget) and given back when it succeeds, so only
 * failures use a budget up. Unknown emails are counted exactly like real ones: the answer never tells whether
 * an account exists.
 *
 * A flood keeps hitting budgets that are already spent. Each instance remembers for up to 5 s a refusal the
 * database gave (the budget, and when its window ends) and refuses the next unknown browser on that budget
 * without a statement, and before Auth.js is reached (refusedWithoutAsking): a spent budget only stays spent
 * until its window ends, so at worst an instance refuses for 5 s more than the database would (an owner's
 * success gave a use back meanwhile). Nothing is allowed from memory: every allowed attempt is counted.
 */
import type { DbHandle } from '@/lib/db/client';
import { createDbWindowLimiter } from './window-limiter';

/** Failed attempts on one account from browsers it never signed in from, per window. */
export const UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS = 5;
/** Failed attempts from one client address from browsers unknown to the account tried, per window. */
export const UNKNOWN_DEVICE_CLIENT_ATTEMPTS = 50;
/** Failed attempts from one known device; past it the device counts as unknown until the window ends. */
export const KNOWN_DEVICE_ATTEMPTS = 10;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** How long an instance answers from a refusal the database gave before asking it again. */
export const REFUSAL_MEMORY_MS = 5_000;

export type ThrottledAttempt<T> =
  | { ok: true; value: T; knownDevice: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

export interface SignInAttempt {
  email: string;
  /** The client address (lib/security/client-address.ts); null when it cannot be known. */
  clientIp: string | null;
  /** The id of a valid device cookie for this account, or null. */
  deviceId: string | null;
}

export function createSignInThrottle(opts: { db?: () => Promise<DbHandle>; now?: () => number } = {}) {
  const limiter = (name: string, limit: number) =>
    createDbWindowLimiter({ name, limit, windowMs: THROTTLE_WINDOW_MS, ...opts });
  const device = limiter('signin-device', KNOWN_DEVICE_ATTEMPTS);
  const account = limiter('signin-unknown-account', UNKNOWN_DEVICE_ACCOUNT_ATTEMPTS);
  const client = limiter('signin-unknown-client', UNKNOWN_DEVICE_CLIENT_ATTEMPTS);
  const now = opts.now ?? Date.now;

  // Spent budgets of this instance: key -> when to ask the database again, and when the window ends.
  const spent = new Map<string, { askAt: number; windowEnd: number }>();
  const remember = (key: string, retryAfterS: number) => {
    if (spent.size > 10_000) spent.clear(); // forged keys cannot grow it without bound
    const t = now();
    spent.set(key, { askAt: t + REFUSAL_MEMORY_MS, windowEnd: t + retryAfterS * 1000 });
  };
  const recalled = (key: string): number | null => {
    const s = spent.get(key);
    const t = now();
    if (!s || t >= s.askAt || t >= s.windowEnd) return null;
    return Math.max(1, Math.ceil((s.windowEnd - t) / 1000));
  };
  /** The stranger budgets this instance knows are spent, in the order `attempt` takes them. */
  const spentFor = (email: string, clientIp: string | null) =>
    (clientIp ? recalled(`client:${clientIp}`) : null) ?? recalled(`account:${email}`);

  return {
    /**
     * Seconds to wait when this instance already knows an unknown browser would be refused, without asking
     * the database; null when only `attempt` can tell (a device cookie always asks: it has its own budget).
     */
    refusedWithoutAsking(o: SignInAttempt): number | null {
      return o.deviceId ? null : spentFor(o.email.trim().toLowerCase(), o.clientIp);
    },
    /**
     * Runs `verify` (the password check) only within the budget that applies; `verify` is told whether the
     * attempt comes from a known device, so that the password check can serve it first.
     */
    async attempt<T>(
      o: SignInAttempt,
      verify: (knownDevice: boolean) => Promise<T | null>,
    ): Promise<ThrottledAttempt<T>> {
      const email = o.email.trim().toLowerCase();
      if (o.deviceId) {
        const byDevice = await device.take(o.deviceId);
        if (byDevice.ok) {
          const value = await verify(true);
          if (value === null) return { ok: false, reason: 'invalid' };
          await device.reset(o.deviceId);
          return { ok: true, value, knownDevice: true };
        }
        // A device cookie that keeps guessing (a stolen one) is a stranger like any other.
      }
      const known = spentFor(email, o.clientIp);
      if (known !== null) return { ok: false, reason: 'throttled', retryAfterS: known };
      const taken: { giveBack(key: string): Promise<void>; key: string }[] = [];
      if (o.clientIp) {
        const byClient = await client.take(o.clientIp);
        if (!byClient.ok) {
          remember(`client:${o.clientIp}`, byClient.retryAfterS);
          return { ok: false, reason: 'throttled', retryAfterS: byClient.retryAfterS };
        }
        taken.push({ giveBack: client.giveBack, key: o.clientIp });
      }
      const byAccount = await account.take(email);
      if (!byAccount.ok) {
        remember(`account:${email}`, byAccount.retryAfterS);
        await Promise.all(taken.map((t) => t.giveBack(t.key))); // refused before any check: not a guess
        return { ok: false, reason: 'throttled', retryAfterS: byAccount.retryAfterS };
      }
      taken.push({ giveBack: account.giveBack, key: email });
      const value = await verify(false);
      if (value === null) return { ok: false, reason: 'invalid' };
      // Success is not a failure: give the counts back. The account's other failures stay counted, so an
      // owner signing in does not hand whoever is guessing a fresh budget.
      await Promise.all(taken.map((t) => t.giveBack(t.key)));
      return { ok: true, value, knownDevice: false };
    },
  };
}

// Auth.js carries a credentials error's `code` to the sign-in page (action error or `?code=` on redirect).
const THROTTLED = /^throttled-(\d{1,6})$/;
export const throttledCode = (retryAfterS: number) => `throttled-${Math.max(1, Math.ceil(retryAfterS))}`;

/** What a throttled person reads, for a throttled code; null for anything else. */
export function throttledMessage(code: unknown): string | null {
  const m = typeof code === 'string' ? THROTTLED.exec(code) : null;
  if (!m) return null;
  const s = Number(m[1]);
  return (
    `Too many sign-in attempts from browsers this account has not used: try again in ` +
    `${s < 60 ? `${s} s` : `${Math.ceil(s / 60)} min`}, or sign in from a browser you have signed in with before`
  );
}
