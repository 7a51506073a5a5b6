/**
 * Auth.js v5 configuration, built lazily from the validated environment (so `next build` needs no secrets).
 * Credentials sign-in with local accounts (on by default only with the emulator) and any OIDC provider.
 */
import type { NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getServerEnv } from '@/lib/env';
import { createSignInThrottle } from '@/lib/limits/sign-in-throttle';
import { safeRedirectPath } from '@/lib/security/safe-redirect';
import { credentialsAuthorize } from './credentials-sign-in';
import { buildLocalAccounts, DEMO_ACCOUNTS, parseConsoleUsers } from './local-accounts';
import { withUserinfo } from './oidc-userinfo';
import { isRole, type Role } from './roles';

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
    const authorize = credentialsAuthorize({
      accounts,
      throttle: createSignInThrottle(),
      // Without a secret Auth.js itself refuses to run; device cookies then simply never verify.
      secret: authSecret() ?? '',
      trustedProxyHops: env.network.trustedProxyHops,
    });
    providers.push(
      Credentials({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
        authorize,
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
      // Every redirect Auth.js makes to an address it was given (callbackUrl, the return from the identity
      // provider) goes through the one redirect rule: same-origin paths only, anything else goes home.
      // The path is judged where Auth.js is answering, and lands on AUTH_URL when set (Next.js names a loopback
      // host `localhost` in route handlers; the browser's cookies are on the name it used).
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), env.auth.url ?? baseUrl).href;
      },
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
