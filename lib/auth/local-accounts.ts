/**
 * Local email/password accounts for credentials sign-in: from CONSOLE_USERS ("email:role:password,...") and,
 * in front of the emulator, the two demo accounts. Passwords are kept only as scrypt hashes in memory and
 * compared in constant time.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './roles';

export const DEMO_ACCOUNTS = [
  { email: 'admin@example.com', role: 'admin' as Role, password: 'demo' },
  { email: 'support@example.com', role: 'support' as Role, password: 'demo' },
];

interface LocalAccount {
  email: string;
  role: Role;
  salt: Buffer;
  hash: Buffer;
}

const hashPassword = (password: string, salt: Buffer) => scryptSync(password, salt, 32);

export function parseConsoleUsers(
  raw: string | undefined,
): { email: string; role: Role; password: string }[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry, i) => {
    const [email, role, ...rest] = entry.trim().split(':');
    const password = rest.join(':');
    if (!email?.includes('@') || !isRole(role) || !password) {
      throw new Error(
        `CONSOLE_USERS entry ${i + 1}: expected email:role:password with role admin or support`,
      );
    }
    return { email: email.toLowerCase(), role, password };
  });
}

export function buildLocalAccounts(entries: { email: string; role: Role; password: string }[]) {
  const accounts = new Map<string, LocalAccount>();
  for (const e of entries) {
    const salt = randomBytes(16);
    accounts.set(e.email.toLowerCase(), {
      email: e.email.toLowerCase(),
      role: e.role,
      salt,
      hash: hashPassword(e.password, salt),
    });
  }
  // A fixed dummy so unknown emails cost the same scrypt as known ones (no user enumeration by timing).
  const dummySalt = randomBytes(16);
  const dummy = hashPassword('not-a-password', dummySalt);
  return {
    verify(email: string, password: string): { email: string; role: Role } | null {
      const account = accounts.get(email.toLowerCase());
      const candidate = hashPassword(password, account?.salt ?? dummySalt);
      const ok = timingSafeEqual(candidate, account?.hash ?? dummy);
      return ok && account ? { email: account.email, role: account.role } : null;
    },
  };
}
