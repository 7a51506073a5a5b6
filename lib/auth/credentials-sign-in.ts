/**
 * Email/password sign-in as Auth.js's credentials `authorize`: both ways in (the sign-in page's server action
 * and a direct POST to /api/auth/callback/credentials) end here, so neither can skip the throttle. The attempt
 * is throttled by client address and device cookie (lib/limits/sign-in-throttle.ts); a success gives this
 * browser a fresh device cookie for the account.
 */
import { cookies } from 'next/headers';
import { z } from 'zod';
import { clientAddress } from '@/lib/security/client-address';
import type { createSignInThrottle } from '@/lib/limits/sign-in-throttle';
import { throttledCode } from '@/lib/limits/sign-in-throttle';
import {
  DEVICE_COOKIE,
  DEVICE_MAX_AGE_S,
  deviceCookieFrom,
  issueDevice,
  knownDevice,
  SECURE_DEVICE_COOKIE,
} from './device-cookie';
import type { Role } from './roles';

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address').max(320),
  password: z.string().min(1, 'Enter the password').max(200),
});

interface Deps {
  accounts: {
    verify(email: string, password: string, urgent?: boolean): Promise<{ email: string; role: Role } | null>;
  };
  throttle: ReturnType<typeof createSignInThrottle>;
  secret: string;
  trustedProxyHops: number;
}

/**
 * Refused before the password was checked; the code carries the wait to the sign-in page. next-auth is loaded
 * only here, so modules that just need authSecret() (connect links) do not pull it in.
 */
async function throttledError(retryAfterS: number): Promise<Error> {
  const { CredentialsSignin } = await import('next-auth');
  const err = new CredentialsSignin();
  err.code = throttledCode(retryAfterS);
  return err;
}

/**
 * The answer to a POST to /api/auth/callback/credentials that this instance already knows is throttled
 * (lib/limits/sign-in-throttle.ts: a budget the database said is spent), given before Auth.js runs: no CSRF
 * check, no session work, no statement, so a flood of refused guesses costs little more than reading its form.
 * It is the answer Auth.js gives a throttled attempt (the sign-in page with the wait), so a person sees the same.
 * Null when Auth.js must decide (anything else, a device cookie for the account, a budget not known spent).
 * Refusing unchecked needs no CSRF token: it grants nothing.
 */
export async function throttledBeforeAuth(
  deps: Pick<Deps, 'throttle' | 'secret' | 'trustedProxyHops'>,
  request: Request,
  signInPage: URL,
): Promise<Response | null> {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/callback/credentials')) {
    return null;
  }
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return null; // Auth.js answers a body it cannot read
  }
  const email = credentialsInput.shape.email.safeParse(form.get('email'));
  if (!email.success) return null;
  const retryAfterS = deps.throttle.refusedWithoutAsking({
    email: email.data,
    clientIp: clientAddress(request.headers, deps.trustedProxyHops),
    deviceId: knownDevice(deps.secret, deviceCookieFrom(request.headers.get('cookie')), email.data),
  });
  if (retryAfterS === null) return null;
  const url = new URL(signInPage);
  url.search = new URLSearchParams({
    error: 'CredentialsSignin',
    code: throttledCode(retryAfterS),
  }).toString();
  // Auth.js's own client asks for the address as JSON instead of a redirect.
  return request.headers.has('x-auth-return-redirect')
    ? Response.json({ url: url.href })
    : Response.redirect(url.href, 302);
}

export function credentialsAuthorize(deps: Deps) {
  return async function authorize(raw: unknown, request: Request) {
    const parsed = credentialsInput.safeParse(raw);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const cookie = deviceCookieFrom(request.headers.get('cookie'));
    const r = await deps.throttle.attempt(
      {
        email,
        clientIp: clientAddress(request.headers, deps.trustedProxyHops),
        deviceId: knownDevice(deps.secret, cookie, email),
      },
      (known) => deps.accounts.verify(email, password, known),
    );
    if (!r.ok && r.reason === 'throttled') throw await throttledError(r.retryAfterS);
    if (!r.ok) return null;
    const secure = new URL(request.url).protocol === 'https:';
    (await cookies()).set(
      secure ? SECURE_DEVICE_COOKIE : DEVICE_COOKIE,
      issueDevice(deps.secret, cookie, email),
      {
        httpOnly: true,
        secure,
        sameSite: 'lax',
        path: '/',
        maxAge: DEVICE_MAX_AGE_S,
      },
    );
    return {
      id: r.value.email,
      email: r.value.email,
      name: r.value.email.split('@')[0],
      localRole: r.value.role,
      claims: {},
    };
  };
}
