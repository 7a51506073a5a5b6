import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Binds an authorization to the browser that started it: the connect page sets a random cookie and passes
 * it upstream as `state`; the verify step only binds the account when the state that comes back matches the
 * cookie. A forwarded authorize link therefore cannot connect someone else's account to this user.
 */
export const BINDING_COOKIE = 'mcp_connect_binding';
export const BINDING_MAX_AGE_S = 30 * 60;

export const newBinding = () => randomBytes(18).toString('base64url');

export function bindingMatches(cookie: string | undefined, state: string | null): boolean {
  if (!cookie || !state) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(state);
  return a.length === b.length && timingSafeEqual(a, b);
}
