import { describe, expect, it } from 'vitest';
import { signConnectLink, verifyConnectLink } from './token';

const SECRET = 'a-test-secret-of-reasonable-length-0123456789';
const link = (over: Partial<Parameters<typeof signConnectLink>[1]> = {}) =>
  signConnectLink(SECRET, {
    identifier: 'bob@example.com',
    configId: 'cfg_1',
    lifetimeSeconds: 3600,
    ...over,
  });

describe('connect link signature', () => {
  it('round-trips identifier, config and expiry', () => {
    const { token, claims } = link();
    const r = verifyConnectLink(SECRET, token);
    expect(r).toEqual({ ok: true, claims });
    if (r.ok) {
      expect(r.claims.identifier).toBe('bob@example.com');
      expect(r.claims.configId).toBe('cfg_1');
      expect(r.claims.expiresAt.getTime() - r.claims.issuedAt.getTime()).toBe(3600_000);
    }
  });

  it('refuses a link whose payload was changed (another user or config)', () => {
    const { token } = link();
    const [v, data, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(data!, 'base64url').toString());
    for (const change of [{ i: 'mallory@example.com' }, { c: 'cfg_2' }, { exp: payload.exp + 86_400 }]) {
      const forged = Buffer.from(JSON.stringify({ ...payload, ...change })).toString('base64url');
      expect(verifyConnectLink(SECRET, `${v}.${forged}.${sig}`)).toEqual({ ok: false, reason: 'signature' });
    }
  });

  it('refuses a flipped signature character, a foreign secret and garbage', () => {
    const { token } = link();
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    expect(verifyConnectLink(SECRET, flipped).ok).toBe(false);
    expect(verifyConnectLink('another-deployment-secret-0123456789abcdef', token)).toEqual({
      ok: false,
      reason: 'signature',
    });
    for (const bad of ['', 'v1', 'v1..', 'v2.a.b', 'x'.repeat(5000), 'v1.%%%.###']) {
      expect(verifyConnectLink(SECRET, bad).ok).toBe(false);
    }
  });

  it('refuses an expired link, and only says it expired when the signature is good', () => {
    const { token } = link({ lifetimeSeconds: 60, now: Date.now() - 61_000 });
    expect(verifyConnectLink(SECRET, token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('makes every link unique, even for the same user and second', () => {
    const now = Date.now();
    expect(link({ now }).token).not.toBe(link({ now }).token);
  });

  it('accepts only the canonical encoding of the signature', () => {
    const { token } = link();
    const [v, data, sig] = token.split('.') as [string, string, string];
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // 32 bytes are 43 characters; the last one carries 2 unused bits, so 4 characters decode the same.
    const last = ALPHABET.indexOf(sig.at(-1)!);
    const variants = [1, 2, 3].map((d) => sig.slice(0, -1) + ALPHABET[(last & ~3) | ((last + d) & 3)]);
    for (const other of [...variants, `${sig}=`, `${sig.slice(0, 10)}.${sig.slice(10)}`.replace('.', '!')]) {
      expect(Buffer.from(other, 'base64url').equals(Buffer.from(sig, 'base64url'))).toBe(true);
      expect(verifyConnectLink(SECRET, `${v}.${data}.${other}`)).toEqual({ ok: false, reason: 'signature' });
    }
    expect(verifyConnectLink(SECRET, token).ok).toBe(true);
  });
});
