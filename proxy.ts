/**
 * Guards pages: visitors without a session cookie go to sign-in before any page renders. This is a fast
 * convenience for people, not the security check: every page, action and route handler verifies the session
 * and the role's permission itself on the server (lib/auth/session.ts, lib/actions/safe-action.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { canonicalRedirect } from '@/lib/auth/canonical-host';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(req: NextRequest) {
  // The Host header is what the browser typed; req.url's host is Next's own idea of its name (it looped).
  const typed = new URL(
    `${req.nextUrl.pathname}${req.nextUrl.search}`,
    `http://${req.headers.get('host') ?? 'invalid'}`,
  );
  const canonical = canonicalRedirect(typed, process.env.AUTH_URL);
  if (canonical) return NextResponse.redirect(canonical, 308);
  if (req.nextUrl.pathname === '/sign-in') return NextResponse.next();
  if (SESSION_COOKIES.some((name) => req.cookies.has(name))) return NextResponse.next();
  const url = new URL('/sign-in', req.nextUrl.origin);
  url.searchParams.set('callbackUrl', `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only (sign-in too, for the canonical host). Route handlers (api/) answer 401/403 JSON themselves;
  // connect pages are public and live on the public address.
  matcher: ['/((?!connect|api/|_next/static|_next/image|favicon.ico).*)'],
};
