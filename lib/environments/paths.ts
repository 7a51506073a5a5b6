/**
 * Where things are, with the environment in the URL (`/<environment>/...`): browser-safe, used by pages, links
 * and the switcher alike. A path is given without the environment (`/configs/<id>`).
 */
export const envPath = (environment: string, path = '') =>
  `/${encodeURIComponent(environment)}${path === '/' ? '' : path}`;

/** The environment-scoped API (`/api/environments/<environment>/...`). */
export const envApi = (environment: string, path: string) =>
  `/api/environments/${encodeURIComponent(environment)}${path}`;

/** The sections of an environment: today's top-level URLs, which now redirect into the default environment. */
export const ENVIRONMENT_SECTIONS = ['configs', 'users', 'connections', 'activity', 'tokens'] as const;

/**
 * The same page in another environment, where it exists there: a user or a connection is found by name in every
 * environment; a config, a tool call or a run has an id of its own environment, so its list is the nearest page.
 */
export function sameplaceIn(target: string, pathname: string, environments: readonly string[]): string {
  const parts = pathname.split('/').filter(Boolean);
  if (!environments.includes(decodeURIComponent(parts[0] ?? ''))) return envPath(target);
  const [section, id, sub] = parts.slice(1);
  if (!section) return envPath(target);
  if (section === 'users' || section === 'connections' || section === 'tokens')
    return envPath(target, `/${[section, id, sub].filter(Boolean).join('/')}`);
  if (section === 'configs' && (id === 'new' || id === 'apply' || id === 'export'))
    return envPath(target, `/configs/${id}`);
  return envPath(target, `/${section}`);
}

/** A path within an environment (`/configs/...`, `/users/...`) placed in it; any other path as it is. */
export function inEnvironment(environment: string, path: string): string {
  const section = path.split(/[/?#]/)[1] ?? '';
  return (ENVIRONMENT_SECTIONS as readonly string[]).includes(section) ? envPath(environment, path) : path;
}
