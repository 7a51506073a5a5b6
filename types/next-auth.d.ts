import type { Role } from '@/lib/auth/roles';

// The session holds who someone is, not what they may do: roles are worked out per environment on every request.
declare module 'next-auth' {
  interface User {
    localRole?: Role | null;
    claims?: Record<string, string[]>;
  }
  interface Session {
    user: {
      email: string;
      name?: string | null;
      sid?: string;
      localRole?: Role | null;
      claims?: Record<string, string[]>;
    };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
    localRole?: Role | null;
    claims?: Record<string, string[]>;
  }
}
