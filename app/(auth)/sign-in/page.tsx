import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { singleValues } from '@/lib/request/search-params';
import { getIdentity } from '@/lib/auth/session';
import { getServerEnv } from '@/lib/env';
import { throttledMessage } from '@/lib/limits/sign-in-throttle';
import { requestOrigin } from '@/lib/security/request-origin';
import { safeRedirectPath } from '@/lib/security/safe-redirect';
import { signInWithOidc } from './actions';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  NoRole:
    'Your account has no role in this console. Ask an admin to add your email to ADMIN_EMAILS or SUPPORT_EMAILS.',
  AccessDenied: 'Access denied.',
  Configuration: 'Sign-in is misconfigured on the server. Check the AUTH_* settings.',
  CredentialsSignin: 'Email or password is incorrect',
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = singleValues(await searchParams);
  if (await getIdentity()) redirect('/');
  const env = getServerEnv();
  // Judged here too, so the form never even carries an address that leads off-site.
  const callbackUrl = safeRedirectPath(params.callbackUrl, await requestOrigin());
  // A direct POST to the credentials callback lands here with ?error=CredentialsSignin&code=throttled-<s>.
  const throttled = params.error === 'CredentialsSignin' ? throttledMessage(params.code) : null;
  const error = params.error
    ? (throttled ?? ERRORS[params.error] ?? 'Sign-in failed; try again.')
    : undefined;
  const demo = env.scalekit?.backend === 'emulator' && env.auth.credentialsEnabled;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-center text-2xl font-semibold tracking-tight">MCP Console</h1>
        <p className="mb-6 text-center text-sm text-zinc-500">
          Sign in to manage Scalekit Virtual MCP servers
        </p>
        <Card className="space-y-5 p-6">
          {error && (
            <p
              role="alert"
              className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
            >
              {error}
            </p>
          )}
          {env.auth.credentialsEnabled && <SignInForm callbackUrl={callbackUrl} />}
          {env.auth.oidc && (
            <form action={signInWithOidc}>
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {env.auth.oidc.name}
              </Button>
            </form>
          )}
          {!env.auth.credentialsEnabled && !env.auth.oidc && (
            <p className="text-sm text-zinc-600">
              No sign-in method is configured. Set AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and
              AUTH_OIDC_CLIENT_SECRET, or AUTH_CREDENTIALS=on with CONSOLE_USERS.
            </p>
          )}
        </Card>
        {demo && (
          <div className="mt-4 rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            <p className="font-medium text-zinc-800 dark:text-zinc-200">Demo accounts (emulator mode)</p>
            <p className="mt-1">
              <code>admin@example.com</code> (admin) or <code>support@example.com</code> (support), password{' '}
              <code>demo</code>
            </p>
          </div>
        )}
      </div>
    </main>
  );
}
