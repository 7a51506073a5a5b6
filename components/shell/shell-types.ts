import type { Role } from '@/lib/auth/roles';

/** An environment as the shell shows it to one person: its name, whether it is production, their role there. */
export interface ShellEnvironment {
  name: string;
  production: boolean;
  role: Role;
}
