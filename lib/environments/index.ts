import 'server-only';
import { getServerEnv, type EnvironmentSettings } from '@/lib/env';
import { ActionError } from '@/lib/errors/action-error';
import type { ScalekitClient } from '@/lib/scalekit';
import { scalekitFor } from '@/lib/scalekit/registry';
import type { EnvironmentInfo } from './types';

export type { EnvironmentHealth, EnvironmentInfo, HealthState } from './types';

/**
 * The configured Scalekit environments, as the rest of the console sees them: by name, without secrets, and each
 * one's client. The only other way to a client is the request context, which picks the request's environment
 * through here.
 */

const infoOf = (e: EnvironmentSettings): EnvironmentInfo => ({
  name: e.name,
  production: e.production,
  envUrl: e.envUrl,
  backend: e.backend,
});

/** Every environment, in the configured display order (empty when none is configured). */
export function listEnvironments(): EnvironmentInfo[] {
  return getServerEnv().environments.map(infoOf);
}

/** The environment of that name, or null (an unknown name in a URL is a 404, not a crash). */
export function findEnvironment(name: string): EnvironmentInfo | null {
  const e = getServerEnv().environments.find((x) => x.name === name);
  return e ? infoOf(e) : null;
}

/** Where today's URLs (no environment in them) go; null only when no environment is configured. */
export function defaultEnvironment(): EnvironmentInfo | null {
  const env = getServerEnv();
  return env.defaultEnvironment === null ? null : findEnvironment(env.defaultEnvironment);
}

/**
 * The environment's Scalekit client (one per environment for the whole process: it owns that environment's
 * token and caches). An unknown name is refused as a 404 the person can read.
 */
export function scalekitOf(name: string): ScalekitClient {
  const settings = getServerEnv().environments.find((x) => x.name === name);
  if (!settings) throw new ActionError(`There is no environment named "${name}".`, undefined, undefined, 404);
  return scalekitFor(settings);
}
