'use server';

import { z } from 'zod';
import { signIn } from '@/lib/auth';
import { throttledMessage } from '@/lib/limits/sign-in-throttle';

const input = z.object({
  email: z.string().trim().email('Enter your email address'),
  password: z.string().min(1, 'Enter your password'),
  callbackUrl: z.string().optional(),
});

export interface SignInState {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
}

/** Only same-site paths: a sign-in link must never bounce someone to another site. */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

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
      redirectTo: safeCallback(parsed.data.callbackUrl),
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
  await signIn('oidc', { redirectTo: safeCallback(String(form.get('callbackUrl') ?? '')) });
}
