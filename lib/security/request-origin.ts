import 'server-only';
import { headers } from 'next/headers';
import { getServerEnv } from '@/lib/env';

/**
 * The console's own origin for this request: AUTH_URL when set, else the host the browser used. Only used to
 * judge addresses with the one redirect rule (lib/security/safe-redirect.ts), whose answer is always a path:
 * a forged Host can at most make a same-site path out of its own absolute URL, never send anyone elsewhere.
 */
export async function requestOrigin(): Promise<string> {
  const configured = getServerEnv().auth.url;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return 'http://localhost';
  }
}
