import NextAuth from 'next-auth';
import { buildAuthConfig } from './config';

// Lazy config: evaluated on first request, so building the app needs no runtime configuration.
export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig());
