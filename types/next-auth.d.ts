import type { Role } from '@/lib/auth/roles';

declare module 'next-auth' {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { email: string; name?: string | null; role?: Role };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: Role;
  }
}
