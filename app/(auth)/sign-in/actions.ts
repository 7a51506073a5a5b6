'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { signIn } from '@/lib/auth';

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
    if (err instanceof AuthError) {
      return {
        email,
        error:
          err.type === 'CredentialsSignin' ? 'Email or password is incorrect' : 'Sign-in failed; try again',
      };
    }
    throw err; // the success redirect
  }
}

export async function signInWithOidc(form: FormData) {
  await signIn('oidc', { redirectTo: safeCallback(String(form.get('callbackUrl') ?? '')) });
}
