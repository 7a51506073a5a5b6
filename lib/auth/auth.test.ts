import { describe, expect, it } from 'vitest';
import { buildLocalAccounts, parseConsoleUsers } from './local-accounts';
import { can, PERMISSIONS, ROLE_PERMISSIONS } from './roles';

describe('permission table', () => {
  it('gives admin everything and support only reads, lookups and links', () => {
    expect([...ROLE_PERMISSIONS.admin].sort()).toEqual([...PERMISSIONS].sort());
    expect(can('support', 'configs:read')).toBe(true);
    expect(can('support', 'users:links')).toBe(true);
    for (const p of [
      'configs:write',
      'tokens:mint',
      'tokens:read',
      'accounts:write',
      'audit:read:all',
    ] as const) {
      expect(can('support', p), p).toBe(false);
    }
    expect(can(null, 'configs:read')).toBe(false);
  });
});

describe('local accounts', () => {
  it('parses CONSOLE_USERS and rejects malformed entries naming the entry', () => {
    expect(parseConsoleUsers('A@x.io:admin:p:w, b@x.io:support:q')).toEqual([
      { email: 'a@x.io', role: 'admin', password: 'p:w' },
      { email: 'b@x.io', role: 'support', password: 'q' },
    ]);
    expect(() => parseConsoleUsers('a@x.io:root:p')).toThrow('CONSOLE_USERS entry 1');
    expect(parseConsoleUsers(undefined)).toEqual([]);
  });

  it('verifies passwords, case-insensitive emails, and refuses wrong ones', async () => {
    const accounts = buildLocalAccounts([{ email: 'admin@example.com', role: 'admin', password: 'demo' }]);
    expect(await accounts.verify('ADMIN@example.com', 'demo')).toEqual({
      email: 'admin@example.com',
      role: 'admin',
    });
    expect(await accounts.verify('admin@example.com', 'nope')).toBeNull();
    expect(await accounts.verify('who@example.com', 'demo')).toBeNull();
  });

  it('hashes off the event loop: a timer keeps ticking during 20 parallel verifies', async () => {
    const accounts = buildLocalAccounts([{ email: 'admin@example.com', role: 'admin', password: 'demo' }]);
    await accounts.verify('admin@example.com', 'warm-up'); // the account's own hash is ready
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          accounts.verify(i % 2 ? 'admin@example.com' : `nobody${i}@example.com`, `wrong-${i}`),
        ),
      );
      expect(results.every((r) => r === null)).toBe(true);
    } finally {
      clearInterval(timer);
    }
    // With synchronous scrypt all 20 hashes run before the loop can fire a single timer.
    expect(ticks).toBeGreaterThan(1);
  });
});
