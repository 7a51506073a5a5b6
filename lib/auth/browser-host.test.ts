import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { withBrowserHost } from './browser-host';

const CALLBACK = '/api/auth/callback/oidc?code=c1&iss=http%3A%2F%2F127.0.0.1%3A4000';

describe('withBrowserHost', () => {
  it('puts back the loopback address the browser used, which Next renamed to localhost', async () => {
    // The premise: this is what a route handler receives for a request to http://127.0.0.1:3000.
    const fromNext = new NextRequest(`http://127.0.0.1:3000${CALLBACK}`, {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', cookie: 'authjs.pkce.code_verifier=v' },
      body: 'a=1',
    });
    expect(new URL(fromNext.url).hostname).toBe('localhost');

    const req = withBrowserHost(fromNext);
    expect(req.url).toBe(`http://127.0.0.1:3000${CALLBACK}`);
    expect(req.method).toBe('POST');
    expect(req.headers.get('cookie')).toBe('authjs.pkce.code_verifier=v');
    expect(await req.text()).toBe('a=1');

    const v6 = withBrowserHost(
      new Request(`http://localhost:3000${CALLBACK}`, { headers: { host: '[::1]:3000' } }),
    );
    expect(new URL(v6.url).host).toBe('[::1]:3000');
  });

  it('changes nothing for localhost itself, real host names, or a Host header naming another machine', () => {
    for (const [url, host] of [
      ['http://localhost:3000/x', 'localhost:3000'],
      ['https://console.example.com/x', 'console.example.com'],
      ['http://localhost:3000/x', 'evil.example'],
      ['http://localhost:3000/x', '127.0.0.1.evil.example'],
      ['http://localhost:3000/x', 'bad host'],
    ]) {
      const req = new Request(url, { headers: { host } });
      expect(withBrowserHost(req), `${url} with Host ${host}`).toBe(req);
    }
  });
});
