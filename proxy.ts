/**
 * Runs before routing. First it answers requests whose path cannot be decoded with a 400 (Next would otherwise
 * fail decoding route params with a bare 500 before any of our code runs; lib/request/bad-address.ts), and sends
 * today's URLs without an environment to the default environment. Then it
 * guards pages: visitors without a session cookie go to sign-in before any page renders. That is a fast
 * convenience for people, not the security check: every page, action and route handler verifies the session
 * and the role's permission itself on the server (lib/request/context.ts, lib/request/define-route.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { badAddressResponse, undecodableSegment } from '@/lib/request/bad-address';
import { PAGE_PATH_HEADER } from '@/lib/request/page-path';
import { getServerEnv } from '@/lib/env';
import { ENVIRONMENT_SECTIONS, envPath } from '@/lib/environments/paths';

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

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (undecodableSegment(pathname) !== undefined) return badAddressResponse(pathname);
  const moved = intoDefaultEnvironment(req);
  if (moved) return moved;
  if (PUBLIC.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => req.cookies.has(name))) {
    // Pages read where they are (pageContext sends an expired session back here after sign-in).
    const headers = new Headers(req.headers);
    headers.set(PAGE_PATH_HEADER, `${pathname}${search}`);
    return NextResponse.next({ request: { headers } });
  }
  const url = new URL('/sign-in', req.nextUrl.origin);
  url.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but build assets: malformed addresses are refused on every path, including api/ and connect/.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
