import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';

const OIDC = {
  AUTH_OIDC_ISSUER: 'https://id.example.com',
  AUTH_OIDC_CLIENT_ID: 'console',
  AUTH_OIDC_CLIENT_SECRET: 'secret',
};

describe('AUTH_OIDC_SCOPES', () => {
  it('defaults to openid profile email, and takes extra scopes (a groups claim behind its own scope)', () => {
    expect(parseServerEnv(OIDC).auth.oidc?.scopes).toBe('openid profile email');
    expect(parseServerEnv({ ...OIDC, AUTH_OIDC_SCOPES: ' openid  email groups ' }).auth.oidc?.scopes).toBe(
      'openid email groups',
    );
  });

  it('says what to fix when openid is missing or the list is not scope names', () => {
    expect(() => parseServerEnv({ ...OIDC, AUTH_OIDC_SCOPES: 'email groups' })).toThrow(
      /must include openid/,
    );
    expect(() => parseServerEnv({ ...OIDC, AUTH_OIDC_SCOPES: 'openid,email' })).toThrow(/space-separated/);
  });
});
