/**
 * Auth.js v5 configuration, built lazily from the validated environment (so `next build` needs no secrets).
 * Credentials sign-in with local accounts (on by default only with the emulator) and any OIDC provider.
 */
import type { NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getServerEnv } from '@/lib/env';
import { clientIpOf, createSignInThrottle, throttledCode } from '@/lib/limits/sign-in-throttle';
import { buildLocalAccounts, DEMO_ACCOUNTS, parseConsoleUsers } from './local-accounts';
import { withUserinfo } from './oidc-userinfo';
import { isRole, type Role } from './roles';

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address'),
  password: z.string().min(1, 'Enter the password').max(200),
});

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

// Only for `next dev` and tests; production start-up refuses to run without AUTH_SECRET (lib/env-schema.ts).
const DEV_ONLY_SECRET = 'mcp-console-development-secret-not-for-production';

function roleFor(
  email: string | null | undefined,
  profile: Record<string, unknown> | undefined,
): Role | null {
  const env = getServerEnv().auth;
  if (env.roleClaim && profile) {
    const claim = profile[env.roleClaim];
    const values = Array.isArray(claim) ? claim : [claim];
    if (values.includes('admin')) return 'admin';
    if (values.includes('support')) return 'support';
  }
  const e = (email ?? '').toLowerCase();
  if (env.adminEmails.includes(e)) return 'admin';
  if (env.supportEmails.includes(e)) return 'support';
  return null;
}

/** The Auth.js secret (the development fallback outside production); also the root of other derived keys. */
export function authSecret(): string | undefined {
  const env = getServerEnv();
  return env.auth.secret ?? (env.nodeEnv === 'production' ? undefined : DEV_ONLY_SECRET);
}

export function buildAuthConfig(): NextAuthConfig {
  const env = getServerEnv();
  const providers: NextAuthConfig['providers'] = [];
  if (env.auth.credentialsEnabled) {
    const entries = [
      ...parseConsoleUsers(env.auth.users),
      ...(env.scalekit?.backend === 'emulator' ? DEMO_ACCOUNTS : []),
    ];
    const accounts = buildLocalAccounts(entries);
    const throttle = createSignInThrottle();
    providers.push(
      Credentials({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
        async authorize(raw, request) {
          const parsed = credentialsInput.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const r = await throttle.attempt({ email, clientIp: clientIpOf(request.headers) }, () =>
            accounts.verify(email, password),
          );
          if (!r.ok && r.reason === 'throttled') throw await throttledError(r.retryAfterS);
          if (!r.ok) return null;
          return {
            id: r.value.email,
            email: r.value.email,
            name: r.value.email.split('@')[0],
            role: r.value.role,
          };
        },
      }),
    );
  }
  if (env.auth.oidc) {
    const { issuer } = env.auth.oidc;
    const roleClaim = env.auth.roleClaim;
    providers.push({
      id: 'oidc',
      name: env.auth.oidc.name,
      type: 'oidc',
      issuer,
      clientId: env.auth.oidc.clientId,
      clientSecret: env.auth.oidc.clientSecret,
      authorization: { params: { scope: env.auth.oidc.scopes } },
      // The role is decided from the ID token and userinfo together (lib/auth/oidc-userinfo.ts).
      async profile(idClaims, tokens) {
        const claims = await withUserinfo(idClaims as Record<string, unknown>, {
          issuer,
          accessToken: tokens.access_token,
          needed: ['email', ...(roleClaim ? [roleClaim] : [])],
        });
        const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : null;
        return {
          id: String(claims.sub),
          email,
          name: typeof claims.name === 'string' ? claims.name : (email?.split('@')[0] ?? null),
          role: roleFor(email, claims) ?? undefined,
        };
      },
    });
  }
  return {
    trustHost: true,
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers,
    callbacks: {
      signIn({ user, account, profile }) {
        if (account?.provider === 'credentials') return true;
        // OIDC users need a role from the claim or the email lists; everyone else is turned away.
        const fromProfile = (user as { role?: unknown }).role;
        const role = isRole(fromProfile)
          ? fromProfile
          : roleFor(user.email, profile as Record<string, unknown> | undefined);
        if (!role) return '/sign-in?error=NoRole';
        (user as { role?: Role }).role = role;
        return true;
      },
      jwt({ token, user }) {
        const role = (user as { role?: unknown } | undefined)?.role;
        if (isRole(role)) token.role = role;
        return token;
      },
      session({ session, token }) {
        if (isRole(token.role)) session.user.role = token.role;
        return session;
      },
    },
  };
}
