/**
 * The hosted authorization page's answers: Allow is all-or-nothing, Deny returns the person to the app (or
 * tells them how to start again), return addresses are checked when the link is made, and the page cannot
 * be framed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());

const snapshot = () => JSON.stringify(emu.store.snapshot());

async function magicLink(identifier: string, extra: Record<string, unknown> = {}) {
  return emu.api<{ link: string; message?: string; details?: unknown[] }>(
    'POST',
    '/api/v1/connected_accounts/magic_link',
    { connector: 'slack', identifier, ...extra },
  );
}

const decide = (link: string, decision: string) =>
  fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `decision=${decision}`,
    redirect: 'manual',
  });

const account = (identifier: string) => emu.store.findAccount(identifier, 'slack');

describe('user_verify_url', () => {
  it.each([
    'http:// x',
    'https://[::1',
    'http://',
    'http:///path',
    'javascript:alert(1)',
    'https://a\tb.com',
  ])('refuses %j with a field violation and creates nothing', async (url) => {
    const before = snapshot();
    const res = await magicLink('never-created@example.com', { user_verify_url: url });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.details)).toContain('"field":"user_verify_url"');
    expect(snapshot()).toBe(before);
  });

  it('accepts absolute http(s) URLs with a host', async () => {
    for (const url of ['http://localhost:3000/connect/t/verify?x=1', 'https://[::1]:8443/v']) {
      expect((await magicLink('url-ok@example.com', { user_verify_url: url })).status).toBe(200);
    }
  });
});

describe('Allow', () => {
  it('with a return address that cannot be used changes nothing at all', async () => {
    const ok = await magicLink('half-applied@example.com');
    expect(ok.status).toBe(200);
    const a = account('half-applied@example.com')!;
    // A link stored before the stricter check (or by another version) whose address cannot be parsed.
    const link = emu.store.createAuthLink(a.id, 60_000, { userVerifyUrl: 'http://', state: 's' });
    const before = snapshot();
    const res = await decide(`${emu.url}/connect/authorize/${link.token}`, 'allow');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Nothing changed');
    expect(snapshot()).toBe(before);
    expect(link.usedAt).toBeUndefined();
    expect(account('half-applied@example.com')!.status).toBe('PENDING_AUTH');
  });
});

describe('Deny', () => {
  it('returns to the app with error=access_denied and the state, and changes nothing', async () => {
    const ml = await magicLink('denies@example.com', {
      user_verify_url: 'https://console.example.com/connect/abc/verify?x=1',
      state: 'st-42',
    });
    const before = snapshot();
    const res = await decide(ml.body.link, 'deny');
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin + to.pathname).toBe('https://console.example.com/connect/abc/verify');
    expect(to.searchParams.get('x')).toBe('1');
    expect(to.searchParams.get('error')).toBe('access_denied');
    expect(to.searchParams.get('error_description')).toMatch(/denied access to Slack/);
    expect(to.searchParams.get('state')).toBe('st-42');
    expect(to.searchParams.has('auth_request_id')).toBe(false);
    expect(snapshot()).toBe(before);
    // The person may change their mind while the link is valid.
    const allow = await decide(ml.body.link, 'allow');
    expect(allow.status).toBe(303);
    expect(new URL(allow.headers.get('location')!).searchParams.get('auth_request_id')).toMatch(/^ar_/);
    expect(account('denies@example.com')!.status).toBe('PENDING_VERIFICATION');
  });

  it('without a return address shows that access was denied and how to start again', async () => {
    const ml = await magicLink('denies-here@example.com');
    const res = await decide(ml.body.link, 'deny');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Access denied');
    expect(html).toContain('To start again');
    expect(html).toContain(`href="${new URL(ml.body.link).pathname}"`);
    expect(account('denies-here@example.com')!.status).toBe('PENDING_AUTH');
  });
});

describe('framing', () => {
  it('every hosted page forbids framing', async () => {
    const ml = await magicLink('framed@example.com');
    const pages = [
      await fetch(ml.body.link),
      await decide(ml.body.link, 'deny'),
      await decide(ml.body.link, 'maybe'),
      await fetch(`${emu.url}/connect/authorize/not-a-link`),
    ];
    for (const res of pages) {
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      await res.body?.cancel();
    }
  });
});
