'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { inEnvironment } from '@/lib/environments/paths';
import type { EnvironmentInfo } from '@/lib/environments/types';

const EnvironmentContext = createContext<EnvironmentInfo | null>(null);

/** The environment of the page (from its URL): client components build their links and API calls on it. */
export function EnvironmentProvider({
  environment,
  children,
}: {
  environment: EnvironmentInfo;
  children?: ReactNode;
}) {
  return <EnvironmentContext.Provider value={environment}>{children}</EnvironmentContext.Provider>;
}

/** The page's environment's name; a component outside an environment's page is a bug, and says so. */
export function useEnvironment(): string {
  const env = useContext(EnvironmentContext);
  if (!env) throw new Error('useEnvironment: this component is only for pages of an environment');
  return env.name;
}

/** The page's environment, or null on the console's own pages (home, compare, audit, access). */
export function useOptionalEnvironment(): string | null {
  return useContext(EnvironmentContext)?.name ?? null;
}

/**
 * Paths within an environment are written without it (`/configs/<id>`), as with a base path: this puts the
 * page's environment in front. Other paths (`/audit`, `/connect/...`) are left as they are.
 */
export function useEnvHref(): (path: string) => string {
  const env = useOptionalEnvironment();
  return (path) => (env ? inEnvironment(env, path) : path);
}
