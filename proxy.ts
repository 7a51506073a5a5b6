/**
 * Guards pages: signed-out visitors go to sign-in. This is a convenience for people; every page, action and
 * route handler still checks the session and permission itself on the server.
 */
import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';

export default auth((req) => {
  if (req.auth?.user) return NextResponse.next();
  const url = new URL('/sign-in', req.nextUrl.origin);
  url.searchParams.set('callbackUrl', `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(url);
});

export const config = {
  // Pages only. Route handlers (api/) answer 401/403 JSON themselves; sign-in and connect pages are public.
  matcher: ['/((?!sign-in|connect|api/|_next/static|_next/image|favicon.ico).*)'],
};
