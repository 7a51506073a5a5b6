/**
 * Tests call server actions and pages directly "as" a user without a browser session, in an environment (the
 * default one unless given). The override exists only when NODE_ENV is "test" (vitest); in the app it is never
 * consulted.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from './roles';

interface Override {
  user: SessionUser | null;
  environment?: string;
}

const store = new AsyncLocalStorage<Override>();

export function runAsUser<T>(
  user: SessionUser | null,
  fn: () => Promise<T>,
  o: { environment?: string } = {},
): Promise<T> {
  if (process.env.NODE_ENV !== 'test') throw new Error('runAsUser is for tests only');
  return store.run({ user, environment: o.environment }, fn);
}

export function testUserOverride(): Override | undefined {
  return process.env.NODE_ENV === 'test' ? store.getStore() : undefined;
}
