/**
 * The connect verify route (user_verify_url) redirects only to the connect page of a link whose signature it
 * verified, or to a fixed page, with our own fixed notices: nothing from the request is reflected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signConnectLink } from '@/lib/connect-links/token';

const SECRET = 'verify-route-test-secret-0123456789abcdef';
const ORIGIN = 'https://console.example.com';
type Route = typeof import('@/app/connect/[token]/verify/route');
let GET: Route['GET'];

beforeAll(async () => {
  // Read once by lib/env on first use: a fixed public origin means the route needs no request headers.
  Object.assign(process.env, { AUTH_SECRET: SECRET, CONSOLE_PUBLIC_URL: ORIGIN });
  ({ GET } = await import('@/app/connect/[token]/verify/route'));
});

const visit = async (token: string, query = '') => {
  const res = await GET(new Request(`${ORIGIN}/connect/${encodeURIComponent(token)}/verify${query}`), {
    params: Promise.resolve({ token }),
  });
  return { status: res.status, location: res.headers.get('location') };
};
const valid = (lifetimeSeconds = 3600, now?: number) =>
  signConnectLink(SECRET, { identifier: 'bob@example.com', configId: 'cfg_1', lifetimeSeconds, now }).token;

describe('connect verify redirects', () => {
  it('sends anything that is not our link to a fixed page, whatever it contains', async () => {
    const [v, data, sig] = valid().split('.');
    for (const token of [
      'x?next=https://evil.example',
      '../../sign-in?callbackUrl=//evil.example',
      `${v}.${data}.${sig}=`, // another encoding of our own signature
      `${v}.${data}.${sig}<script>`,
    ]) {
      expect(await visit(token, '?auth_request_id=r&state=s')).toEqual({
        status: 303,
        location: `${ORIGIN}/connect/invalid`,
      });
    }
  });

  it('returns to the canonical connect page with a fixed notice, never the query it was given', async () => {
    const token = valid();
    expect(await visit(token, '?state=%22%3E%3Cscript%3E&evil=https://evil.example')).toEqual({
      status: 303,
      location: `${ORIGIN}/connect/${token}?error=missing-request`,
    });
    const expired = valid(60, Date.now() - 3_600_000);
    expect(await visit(expired, '?auth_request_id=r')).toEqual({
      status: 303,
      location: `${ORIGIN}/connect/${expired}`,
    });
  });

  it('after Deny, goes back to the connect page with a short notice instead of verifying', async () => {
    const token = valid();
    const denied = await visit(
      token,
      `?error=access_denied&error_description=${encodeURIComponent('<b>denied</b> https://evil.example')}&state=s`,
    );
    expect(denied).toEqual({ status: 303, location: `${ORIGIN}/connect/${token}?denied=1` });
    expect(await visit(token, '?error=%3Cscript%3E&state=s')).toEqual({
      status: 303,
      location: `${ORIGIN}/connect/${token}?error=provider-error`,
    });
  });
});
