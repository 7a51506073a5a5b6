/**
 * Sign-in throttling kept in the console database, so it holds across console instances: per account (5 tries
 * per 15 min; a success clears them) and per client address (a budget for guessing across many accounts).
 * Each attempt is taken before the password is checked, so concurrent guesses cannot slip past the limit.
 * Unknown emails are throttled exactly like real ones: the answer never tells whether an account exists.
 */
import type { DbHandle } from '@/lib/db/client';
import { createDbWindowLimiter } from './window-limiter';

export const ACCOUNT_ATTEMPTS = 5;
export const CLIENT_ATTEMPTS = 50;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

export type ThrottledAttempt<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

export function createSignInThrottle(opts: { db?: () => Promise<DbHandle>; now?: () => number } = {}) {
  const account = createDbWindowLimiter({
    name: 'signin-account',
    limit: ACCOUNT_ATTEMPTS,
    windowMs: THROTTLE_WINDOW_MS,
    ...opts,
  });
  const client = createDbWindowLimiter({
    name: 'signin-client',
    limit: CLIENT_ATTEMPTS,
    windowMs: THROTTLE_WINDOW_MS,
    ...opts,
  });
  return {
    /** Runs `verify` only when neither the account nor the client is over its budget. */
    async attempt<T>(
      o: { email: string; clientIp: string | null },
      verify: () => Promise<T | null>,
    ): Promise<ThrottledAttempt<T>> {
      const email = o.email.trim().toLowerCase();
      if (o.clientIp) {
        const byClient = await client.take(o.clientIp);
        if (!byClient.ok) return { ok: false, reason: 'throttled', retryAfterS: byClient.retryAfterS };
      }
      const byAccount = await account.take(email);
      if (!byAccount.ok) return { ok: false, reason: 'throttled', retryAfterS: byAccount.retryAfterS };
      const value = await verify();
      if (value === null) return { ok: false, reason: 'invalid' };
      await account.reset(email);
      if (o.clientIp) await client.giveBack(o.clientIp); // staff signing in from one office do not use it up
      return { ok: true, value };
    },
  };
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next.js fills the header
 * from the socket when no proxy set it). Without a proxy in front a client can write that header itself; the
 * per-account limit holds regardless.
 */
export function clientIpOf(headers: Headers): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim());
  const last = entries[entries.length - 1] || headers.get('x-real-ip')?.trim() || '';
  return last && last.length <= 64 ? last : null;
}

// Auth.js carries a credentials error's `code` to the sign-in page (action error or `?code=` on redirect).
const THROTTLED = /^throttled-(\d{1,6})$/;
export const throttledCode = (retryAfterS: number) => `throttled-${Math.max(1, Math.ceil(retryAfterS))}`;

/** "Too many attempts: try again in 14 min" for a throttled code; null for anything else. */
export function throttledMessage(code: unknown): string | null {
  const m = typeof code === 'string' ? THROTTLED.exec(code) : null;
  if (!m) return null;
  const s = Number(m[1]);
  return `Too many attempts: try again in ${s < 60 ? `${s} s` : `${Math.ceil(s / 60)} min`}`;
}
