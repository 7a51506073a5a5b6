import 'server-only';
import { cache } from 'react';
import type { Identity } from '@/lib/environments/roles';
import { sessionIsActive } from '@/lib/sessions/store';
import { isRole } from './roles';
import { testUserOverride } from './test-user';

/**
 * Who is signed in: the identity the session holds (email, name, a local account's role, the role claims read at
 * sign-in), never a role. The role is worked out per environment on every request (lib/environments/roles.ts), so
 * a changed mapping applies at the next click; and a session an admin ended is refused (lib/sessions/store.ts).
 * `auth()` is the only source (tests may set an override, see test-user.ts). Pages, actions and route handlers ask
 * through the request context (`lib/request/context.ts`), not here. Read once per request (React's `cache`).
 */
export const getIdentity = cache(readIdentity);

async function readIdentity(): Promise<Identity | null> {
  const override = testUserOverride();
  if (override) {
    const u = override.user;
    return u && { email: u.email, name: u.name, localRole: u.role, claims: {} };
  }
  const { auth } = await import('./index');
  const session = await auth();
  const u = session?.user;
  if (!u?.email || !u.sid || !(await sessionIsActive(u.sid))) return null;
  return {
    email: u.email,
    name: u.name ?? u.email,
    localRole: isRole(u.localRole) ? u.localRole : null,
    claims: u.claims ?? {},
  };
}
