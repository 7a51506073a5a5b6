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
import { environmentsFor, roleClaimNames, type Identity } from '@/lib/environments/roles';
import { newSessionId, recordSignIn } from '@/lib/sessions/store';
import { isRole } from './roles';

const identityOf = (user: {
  email?: string | null;
  name?: string | null;
  localRole?: unknown;
  claims?: Record<string, string[]>;
}): Identity => ({
  email: (user.email ?? '').toLowerCase(),
  name: user.name ?? user.email ?? '',
  localRole: isRole(user.localRole) ? user.localRole : null,
  claims: user.claims ?? {},
});

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

/** The role claims a provider's profile carries, as the session keeps them (only the claims a mapping names). */
function roleClaimsOf(profile: Record<string, unknown> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of roleClaimNames()) {
    const raw = profile?.[name];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    if (values.length) out[name] = values.slice(0, 50);
  }
  return out;
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
            localRole: r.value.role,
            claims: {},
          };
        },
      }),
    );
  }
  if (env.auth.oidc) {
    const { issuer } = env.auth.oidc;
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
          needed: ['email', ...roleClaimNames()],
        });
        const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : null;
        return {
          id: String(claims.sub),
          email,
          name: typeof claims.name === 'string' ? claims.name : (email?.split('@')[0] ?? null),
          localRole: null,
          claims: roleClaimsOf(claims),
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
      signIn({ user }) {
        // Someone with no role in any environment is turned away at the door (a local account always has one).
        if (!user.email) return '/sign-in?error=NoRole';
        const identity = identityOf(user);
        return environmentsFor(identity).length > 0 ? true : '/sign-in?error=NoRole';
      },
      // At sign-in the token gets the identity and a session id the database knows (lib/sessions/store.ts), so
      // an admin can end it; roles are never stored: they are worked out per environment on every request.
      async jwt({ token, user, account }) {
        if (user?.email) {
          const identity = identityOf(user);
          token.sid = newSessionId();
          token.localRole = identity.localRole ?? null;
          token.claims = identity.claims;
          await recordSignIn({
            id: token.sid,
            email: identity.email,
            name: identity.name,
            provider: account?.provider ?? '',
          });
        }
        return token;
      },
      session({ session, token }) {
        session.user.sid = token.sid;
        session.user.localRole = isRole(token.localRole) ? token.localRole : null;
        session.user.claims = token.claims ?? {};
        return session;
      },
    },
  };
}
