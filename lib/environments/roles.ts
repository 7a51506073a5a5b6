import 'server-only';
import type { Role } from '@/lib/auth/roles';
import { getServerEnv, type ServerEnv } from '@/lib/env';

/**
 * Who someone is in each environment. The session keeps only the identity (email, name, a local account's role,
 * and the role claims read at sign-in); the role in an environment is worked out from it on every request, from
 * the configuration as it is now, so a changed mapping takes effect without signing in again.
 */
export interface Identity {
  email: string;
  name: string;
  /** The role of a local account (CONSOLE_USERS or a demo account); absent for single sign-on. */
  localRole?: Role | null;
  /** Values of the role claims read at sign-in, by claim name (see `roleClaimNames`). */
  claims: Record<string, string[]>;
}

export type RoleConfig = Pick<ServerEnv, 'environments' | 'auth'>;

function fromClaim(identity: Identity, claim: string | undefined): Role | null {
  if (!claim) return null;
  const values = identity.claims[claim] ?? [];
  if (values.includes('admin')) return 'admin';
  if (values.includes('support')) return 'support';
  return null;
}

function fromEmails(identity: Identity, admins: string[], support: string[]): Role | null {
  const email = identity.email.trim().toLowerCase();
  if (admins.includes(email)) return 'admin'; // admin wins when someone is on both lists
  if (support.includes(email)) return 'support';
  return null;
}

/**
 * The role in environment `envName`, or null (no access: its pages are 403 and the switcher hides it).
 * 1. An environment with its own mapping (SCALEKIT_<N>_ROLE_CLAIM / _ADMIN_EMAILS / _SUPPORT_EMAILS): only that
 *    mapping decides, the claim first, then the email lists.
 * 2. Otherwise the deployment-wide mapping: AUTH_ROLE_CLAIM, then ADMIN_EMAILS / SUPPORT_EMAILS, then the local
 *    account's role.
 * An unknown environment gives null.
 */
export function roleIn(
  identity: Identity,
  envName: string,
  config: RoleConfig = getServerEnv(),
): Role | null {
  const env = config.environments.find((e) => e.name === envName);
  if (!env) return null;
  if (env.roles) {
    return (
      fromClaim(identity, env.roles.roleClaim) ??
      fromEmails(identity, env.roles.adminEmails, env.roles.supportEmails)
    );
  }
  const g = config.auth;
  return (
    fromClaim(identity, g.roleClaim) ??
    fromEmails(identity, g.adminEmails, g.supportEmails) ??
    identity.localRole ??
    null
  );
}

/** The claims sign-in must keep in the session: the deployment-wide one and every environment's own. */
export function roleClaimNames(config: RoleConfig = getServerEnv()): string[] {
  const names = [config.auth.roleClaim, ...config.environments.map((e) => e.roles?.roleClaim)];
  return [...new Set(names.filter((n): n is string => Boolean(n)))];
}

/** Every environment this identity may open, in display order (the switcher's list). */
export function environmentsFor(
  identity: Identity,
  config: RoleConfig = getServerEnv(),
): { name: string; role: Role }[] {
  return config.environments.flatMap((e) => {
    const role = roleIn(identity, e.name, config);
    return role ? [{ name: e.name, role }] : [];
  });
}
