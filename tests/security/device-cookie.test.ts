/** Device cookies: signed, bound to one account, expiring, and worth nothing when forged or moved. */
import { describe, expect, it } from 'vitest';
import { DEVICE_MAX_AGE_S, deviceCookieFrom, issueDevice, knownDevice } from '@/lib/auth/device-cookie';

const SECRET = 'device-cookie-test-secret-0123456789';

describe('device cookies', () => {
  it('recognize the account they were issued for, and only it', () => {
    const cookie = issueDevice(SECRET, undefined, 'Alice@Example.com');
    expect(knownDevice(SECRET, cookie, 'alice@example.com')).toMatch(/^[\w-]{16}$/);
    expect(knownDevice(SECRET, cookie, 'bob@example.com')).toBeNull();
    expect(knownDevice('another-secret-0123456789abcdef', cookie, 'alice@example.com')).toBeNull();
    expect(cookie).not.toContain('alice'); // the account is named by a keyed hash, not in clear
  });

  it('refuse tampered, truncated and foreign tokens', () => {
    const cookie = issueDevice(SECRET, undefined, 'alice@example.com');
    const [v, data, sig] = cookie.split('.');
    const forged = Buffer.from(JSON.stringify({ a: 'x'.repeat(24), d: 'y'.repeat(16), iat: 1 })).toString(
      'base64url',
    );
    for (const bad of [
      `${v}.${forged}.${sig}`,
      `${v}.${data}.${sig}x`,
      `${v}.${data}`,
      'garbage',
      '',
      '~~~',
    ]) {
      expect(knownDevice(SECRET, bad, 'alice@example.com'), bad).toBeNull();
    }
  });

  it(`expire ${DEVICE_MAX_AGE_S / 86_400} days after the last sign-in`, () => {
    const t0 = Date.now();
    const cookie = issueDevice(SECRET, undefined, 'alice@example.com', t0);
    expect(
      knownDevice(SECRET, cookie, 'alice@example.com', t0 + DEVICE_MAX_AGE_S * 1000 - 5000),
    ).not.toBeNull();
    expect(knownDevice(SECRET, cookie, 'alice@example.com', t0 + DEVICE_MAX_AGE_S * 1000 + 1000)).toBeNull();
  });

  it('keep a few accounts per browser, newest first, with a fresh device id per sign-in', () => {
    let cookie = issueDevice(SECRET, undefined, 'a@example.com');
    const first = knownDevice(SECRET, cookie, 'a@example.com');
    for (const who of ['b', 'c', 'd', 'e']) cookie = issueDevice(SECRET, cookie, `${who}@example.com`);
    expect(knownDevice(SECRET, cookie, 'e@example.com')).not.toBeNull();
    expect(knownDevice(SECRET, cookie, 'b@example.com')).not.toBeNull();
    expect(knownDevice(SECRET, cookie, 'a@example.com')).toBeNull(); // the oldest of five made room
    cookie = issueDevice(SECRET, cookie, 'b@example.com');
    expect(cookie.split('~')).toHaveLength(4);
    expect(knownDevice(SECRET, issueDevice(SECRET, undefined, 'a@example.com'), 'a@example.com')).not.toBe(
      first,
    );
  });

  it('are read from a Cookie header under either name', () => {
    expect(deviceCookieFrom('a=1; mcp_device=d1.x.y; b=2')).toBe('d1.x.y');
    expect(deviceCookieFrom('__Host-mcp_device=d1.z.w')).toBe('d1.z.w');
    expect(deviceCookieFrom(null)).toBeUndefined();
  });
});
