/**
 * What an environment may be called. The name is the first segment of every URL of that environment
 * (`/<environment>/configs/...`), so it must be a plain path segment and must not shadow one of the console's
 * own top-level addresses. Pure and dependency-free: configuration parsing, start-up and routing all use it.
 */

export const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Every top-level address the console has or has planned (deployment-wide pages, API, framework files). An
 * environment with one of these names could never be reached. tests keep it in step with app/.
 */
export const RESERVED_ENVIRONMENT_NAMES: readonly string[] = [
  '_next',
  'access',
  'activity',
  'api',
  'audit',
  'auth',
  'compare',
  'configs',
  'connect',
  'connections',
  'environments',
  'favicon.ico',
  'health',
  'instances',
  'new',
  'promote',
  'readiness',
  'releases',
  'robots.txt',
  'settings',
  'sign-in',
  'sign-out',
  'tokens',
  'users',
  'webhooks',
];

/** Why a name cannot be an environment's, in words; null when it can. */
export function environmentNameProblem(name: string): string | null {
  if (!ENVIRONMENT_NAME_PATTERN.test(name)) {
    return `"${name}" is not a valid environment name: use 1-40 lower-case letters, digits and hyphens, starting with a letter`;
  }
  if (RESERVED_ENVIRONMENT_NAMES.includes(name)) {
    return `"${name}" is reserved (the console has its own page at /${name}); choose another name`;
  }
  return null;
}

/** `SCALEKIT_<N>_`: the prefix of an environment's variables (upper-cased, `-` becomes `_`). */
export const environmentVariablePrefix = (name: string) =>
  `SCALEKIT_${name.toUpperCase().replace(/-/g, '_')}_`;
