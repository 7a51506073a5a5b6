/** The one permission table. Every server action, route handler and page checks it on the server. */
export const ROLES = ['admin', 'support'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'configs:read',
  'configs:write',
  'users:read',
  'users:links',
  'accounts:write',
  'tokens:mint',
  'tokens:read',
  'instances:write', // ensure, reveal and delete per-user MCP instances: their URL is a credential
  'audit:read:all',
  'audit:read:own',
  'activity:read',
  'api-keys:manage', // create, list and revoke operators' API keys
  'sessions:manage', // see who has signed in and end their sessions
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // Support answers "why can't my agent reach Gmail?": read configs, look users up, hand out links. No edits, no tokens.
  support: ['configs:read', 'users:read', 'users:links', 'audit:read:own', 'activity:read'],
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  // Total over anything a session might carry: an unknown role has no permissions (never a crash).
  return !!role && (ROLE_PERMISSIONS[role]?.includes(permission) ?? false);
}

/** Whether `have` is `want` or above it (admin above support); no role is below every role. */
export const roleAtLeast = (have: Role | null | undefined, want: Role): boolean =>
  !!have && ROLES.indexOf(have) <= ROLES.indexOf(want);

export const isRole = (v: unknown): v is Role =>
  typeof v === 'string' && (ROLES as readonly string[]).includes(v);

export interface SessionUser {
  email: string;
  name: string;
  role: Role;
}
