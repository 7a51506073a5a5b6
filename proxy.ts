/**
 * Runs before routing, for every request but build assets. In order:
 * 1. answers requests whose path cannot be decoded with a 400 (Next would otherwise fail decoding route params
 *    with a bare 500 before any of our code runs; lib/request/bad-address.ts);
 * 2. sends today's URLs without an environment (`/configs/...`) to the default environment's;
 * 3. refuses a server action posted from another site with a 403 (Next.js refuses it too, but as a 500;
 *    lib/security/action-origin.ts);
 * 4. gives the response its Content-Security-Policy with a fresh nonce, and hands the nonce to rendering in the
 *    request's headers (Next.js puts it on its scripts; lib/security/csp.ts);
 * 5. guards pages: visitors without a session cookie go to sign-in before any page renders. That is a fast
 *    convenience for people, not the security check: every page, action and route handler verifies the session
 *    and the role's permission itself on the server (lib/request/context.ts, lib/request/define-route.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { badAddressResponse, undecodableSegment } from '@/lib/request/bad-address';
import { PAGE_PATH_HEADER } from '@/lib/request/page-path';
import { getServerEnv } from '@/lib/env';
import { ENVIRONMENT_SECTIONS, envPath } from '@/lib/environments/paths';
import { foreignActionResponse, isForeignServerAction } from '@/lib/security/action-origin';
import { contentSecurityPolicy, newNonce, NONCE_HEADER } from '@/lib/security/csp';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
// Route handlers (api/) answer 401/403 JSON themselves; sign-in and connect pages are public.
const PUBLIC = /^\/(sign-in|connect|api)(\/|$)/;

/**
 * Today's URLs without an environment (`/configs/...`, `/users/...`) are the default environment's: links in old
 * tickets and bookmarks keep working. Temporary (307): the default can change.
 */
function intoDefaultEnvironment(req: NextRequest): NextResponse | undefined {
  const { pathname, search } = req.nextUrl;
  const section = pathname.split('/')[1] ?? '';
  if (!(ENVIRONMENT_SECTIONS as readonly string[]).includes(section)) return undefined;
  let target: string | null = null;
  try {
    target = getServerEnv().defaultEnvironment;
  } catch {
    return undefined; // a broken configuration is reported by the page itself
  }
  if (!target) return undefined;
  return NextResponse.redirect(new URL(`${envPath(target, pathname)}${search}`, req.nextUrl.origin), 307);
}

function withPolicy(res: Response, policy: string): Response {
  res.headers.set('content-security-policy', policy);
  return res;
}

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (undecodableSegment(pathname) !== undefined) return withPolicy(badAddressResponse(pathname), policy);
  const moved = intoDefaultEnvironment(req);
  if (moved) return withPolicy(moved, policy);
  if (!pathname.startsWith('/api/') && isForeignServerAction(req)) {
    return withPolicy(foreignActionResponse(), policy);
  }
  const signedIn = SESSION_COOKIES.some((name) => req.cookies.has(name));
  if (!PUBLIC.test(pathname) && !signedIn) {
    const url = new URL('/sign-in', req.nextUrl.origin);
    url.searchParams.set('callbackUrl', `${pathname}${search}`);
    return withPolicy(NextResponse.redirect(url), policy);
  }
  const headers = new Headers(req.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set('content-security-policy', policy);
  // Pages read where they are (pageContext sends an expired session back here after sign-in).
  if (!PUBLIC.test(pathname)) headers.set(PAGE_PATH_HEADER, `${pathname}${search}`);
  return withPolicy(NextResponse.next({ request: { headers } }), policy);
}

export const config = {
  // Everything but build assets and the tab icon (public, and asked for before anyone signs in): malformed
  // addresses are refused on every path, including api/ and connect/.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
