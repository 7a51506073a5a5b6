import 'server-only';
import { isRole, type SessionUser } from './roles';
import { testUserOverride } from './test-user';

/**
 * Who is signed in. `auth()` is the only source (tests may set an override, see test-user.ts). Pages, actions
 * and route handlers ask through the request context (`lib/request/context.ts`), not here.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const override = testUserOverride();
  if (override) return override.user;
  const { auth } = await import('./index');
  const session = await auth();
  const u = session?.user;
  if (!u?.email || !isRole(u.role)) return null;
  return { email: u.email, name: u.name ?? u.email, role: u.role };
}
