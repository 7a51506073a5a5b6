'use server';

import { z } from 'zod';
import { EMPTY } from '@/lib/wire/empty-messages';
import { signIn } from '@/lib/auth';
import { throttledMessage } from '@/lib/limits/sign-in-throttle';
import { requestOrigin } from '@/lib/security/request-origin';
import { safeRedirectPath } from '@/lib/security/safe-redirect';

const input = z.object({
  email: z.string().trim().email(EMPTY.email),
  password: z.string().min(1, EMPTY.password),
  callbackUrl: z.string().optional(),
});

export interface SignInState {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
}

/** A sign-in link must never bounce someone to another site: the one redirect rule decides. */
const safeCallback = async (url: unknown) => safeRedirectPath(url, await requestOrigin());

/**
 * The sign-in form's action. It takes FormData, so the form works before the page hydrates and with
 * JavaScript off (a plain POST that React answers with the re-rendered page and this state).
 */
export async function signInWithPassword(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = input.safeParse(Object.fromEntries(form));
  const email = String(form.get('email') ?? '');
  if (!parsed.success) {
    return { email, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: await safeCallback(parsed.data.callbackUrl),
    });
    return {};
  } catch (err) {
    // Auth.js errors carry a `type`; the success redirect (NEXT_REDIRECT) has none and must propagate.
    const { type, code } = (err ?? {}) as { type?: unknown; code?: unknown };
    if (typeof type !== 'string') throw err;
    if (type !== 'CredentialsSignin') return { email, error: 'Sign-in failed; try again' };
    return { email, error: throttledMessage(code) ?? 'Email or password is incorrect' };
  }
}

export async function signInWithOidc(form: FormData) {
  await signIn('oidc', { redirectTo: await safeCallback(form.get('callbackUrl')) });
}
