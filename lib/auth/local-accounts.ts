/**
 * Local email/password accounts for credentials sign-in: from CONSOLE_USERS ("email:role:password,...") and,
 * in front of the emulator, the two demo accounts. Passwords are kept only as scrypt hashes in memory and
 * compared in constant time. Hashing runs on libuv's thread pool (async scrypt), never on the event loop, so
 * a flood of wrong passwords does not stall every other request.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './roles';

export const DEMO_ACCOUNTS = [
  { email: 'admin@example.com', role: 'admin' as Role, password: 'demo' },
  { email: 'support@example.com', role: 'support' as Role, password: 'demo' },
  // Admin where the deployment-wide mapping decides (development); the embedded default's production has its
  // own mapping that makes it support (scripts/lib/emulator-environments.ts): one person, two roles.
  { email: 'ops@example.com', role: 'admin' as Role, password: 'demo' },
];

interface LocalAccount {
  email: string;
  role: Role;
  salt: Buffer;
  hash: Promise<Buffer>;
}

// At most two hashes at a time: libuv's pool has four threads, and the session cookie's decryption (every
// request) also runs there; a sign-in flood must queue here, not in front of staff's requests. Attempts from a
// browser known to the account (a device cookie) jump the queue: a flood of guesses never delays their owner.
const HASHES_AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function hashPassword(password: string, salt: Buffer, urgent = false): Promise<Buffer> {
  if (running >= HASHES_AT_ONCE) {
    await new Promise<void>((r) => (urgent ? waiting.unshift(r) : waiting.push(r)));
  }
  running++;
  try {
    return await new Promise<Buffer>((resolve, reject) =>
      scrypt(password, salt, 32, (err, key) => (err ? reject(err) : resolve(key))),
    );
  } finally {
    running--;
    waiting.shift()?.();
  }
}

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
  for (const a of [...accounts.values()]) a.hash.catch(() => undefined); // awaited (and reported) on use
  return {
    async verify(
      email: string,
      password: string,
      urgent = false,
    ): Promise<{ email: string; role: Role } | null> {
      const account = accounts.get(email.toLowerCase());
      const candidate = await hashPassword(password, account?.salt ?? dummySalt, urgent);
      const ok = timingSafeEqual(candidate, await (account?.hash ?? dummy));
      return ok && account ? { email: account.email, role: account.role } : null;
    },
  };
}
