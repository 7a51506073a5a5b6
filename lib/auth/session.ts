import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, isRole, type Permission, type SessionUser } from './roles';
import { testUserOverride } from './test-user';

/** Who is signed in. `auth()` is the only source (tests may set an override, see test-user.ts). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const override = testUserOverride();
  if (override) return override.user;
  const { auth } = await import('./index');
  const session = await auth();
  const u = session?.user;
  if (!u?.email || !isRole(u.role)) return null;
  return { email: u.email, name: u.name ?? u.email, role: u.role };
}

/** For pages: signed out -> sign-in; lacking the permission -> the 403 page. */
export async function requirePagePermission(permission: Permission, callbackUrl = '/'): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For route handlers: the user, or a JSON 401/403 response to return as is. */
export async function requireRoutePermission(permission: Permission): Promise<SessionUser | Response> {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in to continue' }, { status: 401 });
  if (!can(user.role, permission)) {
    return Response.json({ error: `Your role (${user.role}) does not allow this` }, { status: 403 });
  }
  return user;
}
