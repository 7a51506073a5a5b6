/**
 * Tests call server actions directly "as" a user without a browser session. The override exists only when
 * NODE_ENV is "test" (vitest); in the app it is never consulted.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from './roles';

const store = new AsyncLocalStorage<{ user: SessionUser | null }>();

export function runAsUser<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV !== 'test') throw new Error('runAsUser is for tests only');
  return store.run({ user }, fn);
}

export function testUserOverride(): { user: SessionUser | null } | undefined {
  return process.env.NODE_ENV === 'test' ? store.getStore() : undefined;
}
