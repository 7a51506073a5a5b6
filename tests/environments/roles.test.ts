/** The role in each environment, worked out from the identity and the configuration as it is now. */
import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { environmentsFor, roleClaimNames, roleIn, type Identity } from '@/lib/environments/roles';
import { TWO } from './config-problems';

const who = (email: string, more: Partial<Identity> = {}): Identity => ({
  email,
  name: email.split('@')[0],
  claims: {},
  ...more,
});

// The embedded default's mapping (scripts/lib/emulator-environments.ts sets it): development follows the
// deployment-wide mapping (here: local accounts), production has its own lists.
const EMBEDDED = parseServerEnv({
  ...TWO,
  SCALEKIT_PRODUCTION_ADMIN_EMAILS: 'admin@example.com',
  SCALEKIT_PRODUCTION_SUPPORT_EMAILS: 'support@example.com,ops@example.com',
});

describe('roleIn', () => {
  it('makes ops admin in development and support in production', () => {
    const ops = who('ops@example.com', { localRole: 'admin' });
    expect(roleIn(ops, 'development', EMBEDDED)).toBe('admin');
    expect(roleIn(ops, 'production', EMBEDDED)).toBe('support');
    expect(environmentsFor(ops, EMBEDDED)).toEqual([
      { name: 'development', role: 'admin' },
      { name: 'production', role: 'support' },
    ]);
  });

  it("lets an environment's own mapping override the deployment-wide one entirely", () => {
    const env = parseServerEnv({
      ...TWO,
      ADMIN_EMAILS: 'alice@example.com',
      SUPPORT_EMAILS: 'bob@example.com',
      SCALEKIT_PRODUCTION_SUPPORT_EMAILS: 'alice@example.com',
    });
    expect(roleIn(who('alice@example.com'), 'development', env)).toBe('admin');
    expect(roleIn(who('alice@example.com'), 'production', env)).toBe('support');
    // Not on production's own lists: the global SUPPORT_EMAILS no longer reaches it.
    expect(roleIn(who('bob@example.com'), 'production', env)).toBeNull();
    // Nor does a local account's role.
    expect(roleIn(who('carol@example.com', { localRole: 'admin' }), 'production', env)).toBeNull();
    expect(roleIn(who('carol@example.com', { localRole: 'admin' }), 'development', env)).toBe('admin');
  });

  it('gives no access where nothing maps the person, and in an unknown environment', () => {
    const env = parseServerEnv({ ...TWO, ADMIN_EMAILS: 'alice@example.com' });
    expect(roleIn(who('mallory@example.com'), 'development', env)).toBeNull();
    expect(roleIn(who('alice@example.com'), 'staging', env)).toBeNull();
    expect(environmentsFor(who('mallory@example.com'), env)).toEqual([]);
  });

  it('reads the claim before the email lists, in the environment and globally', () => {
    const env = parseServerEnv({
      ...TWO,
      AUTH_ROLE_CLAIM: 'roles',
      ADMIN_EMAILS: 'dana@example.com',
      SCALEKIT_PRODUCTION_ROLE_CLAIM: 'prod_roles',
      SCALEKIT_PRODUCTION_ADMIN_EMAILS: 'dana@example.com',
    });
    const dana = who('dana@example.com', {
      claims: { roles: ['support'], prod_roles: ['support', 'viewer'] },
    });
    expect(roleIn(dana, 'development', env)).toBe('support');
    expect(roleIn(dana, 'production', env)).toBe('support');
    // A claim without admin or support falls through to the lists.
    const erin = who('dana@example.com', { claims: { roles: ['viewer'], prod_roles: [] } });
    expect(roleIn(erin, 'development', env)).toBe('admin');
    expect(roleIn(erin, 'production', env)).toBe('admin');
    // The global claim means nothing in an environment with its own mapping.
    expect(roleIn(who('x@example.com', { claims: { roles: ['admin'] } }), 'production', env)).toBeNull();
  });

  it('lets admin win over support, and matches emails whatever their case', () => {
    const env = parseServerEnv({
      ...TWO,
      SCALEKIT_PRODUCTION_ADMIN_EMAILS: 'Both@Example.com',
      SCALEKIT_PRODUCTION_SUPPORT_EMAILS: 'both@example.com',
      ADMIN_EMAILS: 'both@example.com',
      SUPPORT_EMAILS: 'both@example.com',
    });
    expect(roleIn(who('BOTH@example.com'), 'production', env)).toBe('admin');
    expect(roleIn(who('BOTH@example.com'), 'development', env)).toBe('admin');
  });

  it('prefers the deployment-wide lists to a local account role', () => {
    const env = parseServerEnv({ ...TWO, SUPPORT_EMAILS: 'fay@example.com' });
    expect(roleIn(who('fay@example.com', { localRole: 'admin' }), 'development', env)).toBe('support');
  });

  it('follows the configuration as it is now, not as it was at sign-in', () => {
    const ops = who('ops@example.com', { localRole: 'admin' });
    expect(roleIn(ops, 'production', parseServerEnv(TWO))).toBe('admin');
    expect(roleIn(ops, 'production', EMBEDDED)).toBe('support');
  });
});

describe('roleClaimNames', () => {
  it('lists the global claim and each environment’s own, once', () => {
    const env = parseServerEnv({
      ...TWO,
      AUTH_ROLE_CLAIM: 'groups',
      SCALEKIT_DEVELOPMENT_ROLE_CLAIM: 'groups',
      SCALEKIT_PRODUCTION_ROLE_CLAIM: 'prod_roles',
    });
    expect(roleClaimNames(env)).toEqual(['groups', 'prod_roles']);
    expect(roleClaimNames(parseServerEnv(TWO))).toEqual([]);
  });
});
