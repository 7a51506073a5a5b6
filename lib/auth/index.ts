import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { NextRequest } from 'next/server';
import { withBrowserHost } from './browser-host';
import { buildAuthConfig, throttledCredentialsAnswer } from './config';

// Lazy config: evaluated on first request, so building the app needs no runtime configuration. Auth.js
// calls this function on every request; building it hashes the local passwords with scrypt (tens of ms of
// blocking CPU), so it is built once per process: the environment it reads cannot change while running.
let config: NextAuthConfig | undefined;
const nextAuth = NextAuth(() => (config ??= buildAuthConfig()));
export const { auth, signIn, signOut } = nextAuth;

// With AUTH_URL (or its old name) set, next-auth moves the request onto that origin itself and needs the
// NextRequest it was given; unset, the callback must be answered on the host the browser used (browser-host.ts).
const pinned = () => Boolean(process.env.AUTH_URL ?? process.env.NEXTAUTH_URL);
const onBrowserHost = (req: NextRequest) => (pinned() ? req : (withBrowserHost(req) as NextRequest));
export const handlers = {
  GET: (req: NextRequest) => nextAuth.handlers.GET(onBrowserHost(req)),
  // A flood of guesses at spent budgets is refused before Auth.js (lib/auth/credentials-sign-in.ts).
  POST: async (req: NextRequest) => {
    const r = onBrowserHost(req);
    return (await throttledCredentialsAnswer(r)) ?? nextAuth.handlers.POST(r);
  },
};
