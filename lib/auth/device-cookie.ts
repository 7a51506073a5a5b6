/**
 * Device cookies, after OWASP's guidance on slowing password guessing without locking people out: a browser
 * that has signed in to an account gets a signed cookie bound to that account, and the sign-in throttle
 * (lib/limits/sign-in-throttle.ts) treats an attempt carrying a valid one as coming from a known device, with a
 * budget of its own that strangers cannot use up. So guesses from elsewhere cannot keep the account's owner out.
 *
 * A token is `d1.<payload>.<HMAC-SHA256>` (base64url) under a key derived (HKDF) from AUTH_SECRET for this
 * purpose only. The payload names the account by a keyed hash (the cookie does not carry the email), a random
 * device id (what the throttle counts) and the issue time; it is valid for DEVICE_MAX_AGE_S. One browser keeps up
 * to MAX_DEVICES tokens (people sharing a browser), joined with `~`, newest first.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const DEVICE_COOKIE = 'mcp_device';
/** The name on https: the `__Host-` prefix makes the browser refuse it unless Secure, on `/`, with no Domain. */
export const SECURE_DEVICE_COOKIE = '__Host-mcp_device';
export const DEVICE_MAX_AGE_S = 90 * 86_400;
const MAX_DEVICES = 4;

const payloadSchema = z.object({
  a: z.string().min(8).max(64),
  d: z.string().min(8).max(64),
  iat: z.number().int().positive(),
});

const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'mcp-console', 'device-cookie/v1', 32));
    keys.set(secret, key);
  }
  return key;
}

const mac = (secret: string, text: string) => createHmac('sha256', keyFor(secret)).update(text).digest();
const accountTag = (secret: string, email: string) =>
  mac(secret, `account:${email.trim().toLowerCase()}`).subarray(0, 18).toString('base64url');

function readToken(secret: string, token: string): z.infer<typeof payloadSchema> | null {
  const [v, data, sig, ...rest] = token.split('.');
  if (v !== 'd1' || !data || !sig || rest.length || data.length > 400) return null;
  const expected = mac(secret, `d1.${data}`);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(data, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const tokensOf = (cookie: string | undefined) => (cookie ?? '').split('~').filter(Boolean).slice(0, 16);

/**
 * The device id of a valid, unexpired token in this browser's cookie bound to `email`, or null (no cookie, a
 * forged or tampered one, one for another account, an expired one).
 */
export function knownDevice(
  secret: string,
  cookie: string | undefined,
  email: string,
  now: number = Date.now(),
): string | null {
  const tag = accountTag(secret, email);
  for (const token of tokensOf(cookie)) {
    const p = readToken(secret, token);
    if (p && p.a === tag && p.iat * 1000 + DEVICE_MAX_AGE_S * 1000 > now) return p.d;
  }
  return null;
}

/**
 * The cookie value after `email` signed in from this browser: a fresh token for that account first (a new
 * device id and issue time, so the cookie lives DEVICE_MAX_AGE_S past the last sign-in), then the browser's
 * other valid tokens for other accounts.
 */
export function issueDevice(
  secret: string,
  cookie: string | undefined,
  email: string,
  now: number = Date.now(),
): string {
  const tag = accountTag(secret, email);
  const payload = { a: tag, d: randomBytes(12).toString('base64url'), iat: Math.floor(now / 1000) };
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const fresh = `d1.${data}.${mac(secret, `d1.${data}`).toString('base64url')}`;
  const others = tokensOf(cookie).filter((t) => {
    const p = readToken(secret, t);
    return p && p.a !== tag && p.iat * 1000 + DEVICE_MAX_AGE_S * 1000 > now;
  });
  return [fresh, ...others].slice(0, MAX_DEVICES).join('~');
}

/** The device cookie as the browser sent it in a Cookie header (either name). */
export function deviceCookieFrom(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === SECURE_DEVICE_COOKIE || name === DEVICE_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}
