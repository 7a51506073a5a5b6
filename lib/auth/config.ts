/**
 * Auth.js v5 configuration, built lazily from the validated environment (so `next build` needs no secrets).
 * Credentials sign-in with local accounts (on by default only with the emulator) and any OIDC provider.
 */
import type { NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getServerEnv } from '@/lib/env';
import { createSignInThrottle } from '@/lib/limits/sign-in-throttle';
import { safeRedirectPath } from '@/lib/security/safe-redirect';
import { credentialsAuthorize, throttledBeforeAuth } from './credentials-sign-in';
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

const SIGN_IN_PAGE = '/sign-in';

// One per process, shared by Auth.js's authorize and the refusal before Auth.js: it remembers spent budgets.
let throttle: ReturnType<typeof createSignInThrottle> | undefined;
const signInThrottle = () => (throttle ??= createSignInThrottle());

/** The Auth.js secret (the development fallback outside production); also the root of other derived keys. */
export function authSecret(): string | undefined {
  const env = getServerEnv();
  return env.auth.secret ?? (env.nodeEnv === 'production' ? undefined : DEV_ONLY_SECRET);
}

/**
 * A credentials POST this instance already knows is throttled, answered before Auth.js runs
 * (lib/auth/credentials-sign-in.ts); null for everything Auth.js must handle. The sign-in page is on AUTH_URL
 * when set, as Auth.js puts it.
 */
export async function throttledCredentialsAnswer(req: Request): Promise<Response | null> {
  const env = getServerEnv();
  if (!env.auth.credentialsEnabled) return null;
  return throttledBeforeAuth(
    {
      throttle: signInThrottle(),
      secret: authSecret() ?? '',
      trustedProxyHops: env.network.trustedProxyHops,
    },
    req,
    new URL(SIGN_IN_PAGE, env.auth.url ?? req.url),
  );
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
      throttle: signInThrottle(),
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
    pages: { signIn: SIGN_IN_PAGE, error: SIGN_IN_PAGE },
    providers,
    callbacks: {
      // Every redirect Auth.js makes to an address it was given (callbackUrl, the return from the identity
      // provider) goes through the one redirect rule: same-origin paths only, anything else goes home.
      // The path is judged where Auth.js is answering, and lands on AUTH_URL when set (Next.js names a loopback
      // host `localhost` in route handlers; the browser's cookies are on the name it used).
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), env.auth.url ?? baseUrl).href;
      },
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
            localRole: identity.localRole,
            claims: identity.claims,
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
