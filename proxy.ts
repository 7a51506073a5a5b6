/**
 * Guards pages: visitors without a session cookie go to sign-in before any page renders. This is a fast
 * convenience for people, not the security check: every page, action and route handler verifies the session
 * and the role's permission itself on the server (lib/auth/session.ts, lib/actions/safe-action.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(req: NextRequest) {
  if (SESSION_COOKIES.some((name) => req.cookies.has(name))) return NextResponse.next();
  const url = new URL('/sign-in', req.nextUrl.origin);
  url.searchParams.set('callbackUrl', `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only. Route handlers (api/) answer 401/403 JSON themselves; sign-in and connect pages are public.
  matcher: ['/((?!sign-in|connect|api/|_next/static|_next/image|favicon.ico).*)'],
};
