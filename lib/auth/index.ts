import NextAuth, { type NextAuthConfig } from 'next-auth';
import { buildAuthConfig } from './config';

// Lazy config: evaluated on first request, so building the app needs no runtime configuration. Auth.js
// calls this function on every request; building it hashes the local passwords with scrypt (tens of ms of
// blocking CPU), so it is built once per process: the environment it reads cannot change while running.
let config: NextAuthConfig | undefined;
export const { handlers, auth, signIn, signOut } = NextAuth(() => (config ??= buildAuthConfig()));
