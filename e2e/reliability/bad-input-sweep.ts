/**
 * The console's bad-input sweep, shared by the admin (signed in) and public (signed out) projects: malformed
 * percent-escapes and overlong values in every dynamic path segment, garbage query strings on every GET, malformed
 * and mistyped JSON to every POST, methods a route does not export, and raw request targets. It asserts no 5xx,
 * the `{error, code}` shape from every API refusal, a console page (never Next's bare 500) for every page, and
 * that the server still answers afterwards.
 */
import http from 'node:http';
import { expect, test as base, type APIRequestContext, type APIResponse } from '@playwright/test';
import { E2E } from '../support/e2e-env';
import { consoleSurface, fill, isDynamic, type Endpoint } from './console-surface';

const surface = consoleSurface();
// Auth.js owns /api/auth/* and answers in its own shape (redirects and its error page); it is swept for 5xx only.
const isAuthJs = (e: Endpoint) => e.segments[0] === 'api' && e.segments[1] === 'auth';
const isApi = (e: Endpoint) => e.segments[0] === 'api';

/** Wire-encoded bad values for a dynamic segment: broken escapes first (the bare-500 cases), then the rest. */
export const BAD_SEGMENTS = [
  '%E0%A4%A',
  '%',
  '%E0',
  '%ZZ',
  '%C0%AF',
  'a'.repeat(4000),
  '..%2F..%2Fetc%2Fpasswd',
  '%2E%2E',
  '%00',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%F0%9F%92%A5',
  'v1.abc.def',
];

export const BAD_QUERIES = [
  'page=-1',
  'page=abc',
  'page=0',
  'page=99999999999999999999999999',
  'page=1&page=2&page=x',
  'pageSize=-5&pageSize=100000',
  'configId=../x',
  'configId=..%2F..%2Fapi%2Fv1',
  'configId=%E0%A4%A',
  'configId=&identifier=',
  `identifier=${'a'.repeat(3000)}`,
  'identifier=%00&q=%',
  'q=%E0&q=%ZZ',
  'filter=bogus&filter=ready',
  'format=xml&download=1',
  '%%%=1&=&&&',
  'a[b][c]=1&__proto__[x]=1&constructor=1',
];

const BAD_BODIES: { label: string; body: string; type?: string }[] = [
  { label: 'malformed JSON', body: '{"connectionName":' },
  { label: 'empty body', body: '' },
  { label: 'null', body: 'null' },
  { label: 'an array', body: '[]' },
  { label: 'a string', body: '"gmail"' },
  { label: 'a number', body: '42' },
  { label: 'wrong types', body: '{"connectionName":123,"identifier":[],"configId":{}}' },
  { label: 'a traversal', body: '{"connectionName":"../../etc","configId":"../x"}' },
  { label: 'prototype keys', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}' },
  { label: 'an overlong value', body: JSON.stringify({ connectionName: 'a'.repeat(20_000) }) },
  { label: 'form encoding', body: 'connectionName=gmail', type: 'application/x-www-form-urlencoded' },
  { label: 'plain text', body: 'gmail', type: 'text/plain' },
];

async function expectHandled(res: APIResponse, e: Endpoint, label: string) {
  const status = res.status();
  expect(status, `${label}: no 5xx`).toBeLessThan(500);
  const text = await res.text();
  if (isApi(e) && !isAuthJs(e) && status >= 400 && status !== 405) {
    let json: { error?: unknown; code?: unknown } = {};
    expect(() => (json = JSON.parse(text)), `${label}: JSON error body`).not.toThrow();
    expect(typeof json.error, `${label}: error says what to fix`).toBe('string');
    expect(typeof json.code, `${label}: stable code`).toBe('string');
  }
  if (e.kind === 'page' && status !== 304) {
    expect(text, `${label}: a console page, not Next's bare error`).toContain('MCP Console');
    expect(text, label).not.toMatch(/Internal Server Error|Application error/);
  }
}

async function expectAlive(request: APIRequestContext) {
  const res = await request.get('/api/health');
  expect(res.status(), 'the console still answers').toBe(200);
}

/** A raw request target the URL parsers of browsers and Playwright would refuse to send. */
function rawGet(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: E2E.consolePort, path: target, method: 'GET' },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export function defineBadInputSweep(test: typeof base) {
  // Event streams (text/event-stream) never end for a signed-in viewer: the sweep reads whole bodies, so they are
  // left out here (a bad value can normalize to a real environment, `%2E%2E` say); their refusals (401, 404 for
  // an unknown environment or a bad link) are covered by tests/events/live-routes.test.ts.
  const streams = new Set([
    'app/api/environments/[env]/events/stream/route.ts',
    'app/api/connect/[token]/events/route.ts',
  ]);
  const dynamicEndpoints = surface.filter((e) => e.segments.some(isDynamic) && !streams.has(e.file));
  const gets = surface.filter((e) => e.methods.includes('GET') && !streams.has(e.file));
  const posts = surface.filter((e) => e.methods.includes('POST'));
  const routes = surface.filter((e) => e.kind === 'route');

  test('the surface is read from the file system', () => {
    // A guard against the glob silently matching nothing (the sweep would then pass vacuously), and against the
    // stream list naming files that moved (the sweep would then hang on a stream).
    expect(surface.filter((e) => e.kind === 'page').length).toBeGreaterThan(5);
    for (const file of streams) expect(surface.map((e) => e.file)).toContain(file);
    expect(posts.map((e) => e.file)).toContain('app/api/connect/[token]/authorize/route.ts');
    // Note: app/api/webhooks/scalekit/route.ts does not exist on this branch; when it lands, its POST is swept
    // by the loop below with no change here.
  });

  test('bad values in every dynamic path segment', async ({ request }) => {
    for (const e of dynamicEndpoints) {
      for (const bad of BAD_SEGMENTS) {
        const url = fill(e, () => bad);
        for (const method of e.methods) {
          const res = await request.fetch(url, { method, maxRedirects: e.kind === 'page' ? 20 : 0 });
          await expectHandled(res, e, `${method} ${url.slice(0, 120)}`);
        }
      }
    }
    await expectAlive(request);
  });

  test('malformed escapes get a 400 that says what to fix, in JSON for the API', async ({ request }) => {
    const page = await request.get('/users/%E0%A4%A', { maxRedirects: 0 });
    expect(page.status()).toBe(400);
    expect(await page.text()).toContain('broken percent-escape');
    const api = await request.get('/api/environments/development/users/%E0/accounts');
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ code: 'bad_address' });
    for (const path of ['/configs/%', '/connect/%E0', '/api/connect/%E0%A4%A/authorize']) {
      expect((await request.fetch(path, { method: 'GET', maxRedirects: 0 })).status(), path).toBe(400);
    }
  });

  test('garbage query strings on every GET', async ({ request }) => {
    test.setTimeout(600_000); // every GET route and page times every bad query: it grows with the console
    for (const e of gets) {
      for (const q of BAD_QUERIES) {
        const url = `${fill(e, () => 'x')}?${q}`;
        const res = await request.get(url, { maxRedirects: e.kind === 'page' ? 20 : 0 });
        await expectHandled(res, e, `GET ${url.slice(0, 120)}`);
      }
    }
    await expectAlive(request);
  });

  test('malformed JSON and wrong types to every POST', async ({ request }) => {
    for (const e of posts) {
      for (const token of ['x', 'v1.abc.def']) {
        const url = fill(e, () => token);
        for (const b of BAD_BODIES) {
          const res = await request.post(url, {
            data: b.body,
            headers: { 'content-type': b.type ?? 'application/json' },
            maxRedirects: 0,
          });
          await expectHandled(res, e, `POST ${url} with ${b.label}`);
          if (!isApi(e) || isAuthJs(e)) continue;
          if (res.status() === 303 && b.type === 'application/x-www-form-urlencoded') {
            // A route that takes browser forms (the connect page's Authorize) answers a form with a page to go
            // to: ours, naming only the link it was given, with one of our fixed notices.
            const to = new URL(res.headers().location ?? '', 'http://console.invalid');
            expect(to.pathname, `${url} ${b.label}`).toBe(`/connect/${token}`);
            expect([...to.searchParams.keys()].join(), `${url} ${b.label}`).toMatch(/^(error)?$/);
          } else expect(res.status(), `${url} ${b.label}`).toBeGreaterThanOrEqual(400);
        }
      }
    }
    await expectAlive(request);
  });

  test('methods a route does not export', async ({ request }) => {
    for (const e of routes) {
      const url = fill(e, () => 'x');
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !e.methods.includes(m))) {
        const res = await request.fetch(url, { method, data: '{}', maxRedirects: 0 });
        expect(res.status(), `${method} ${url}`).toBe(405);
      }
    }
    await expectAlive(request);
  });

  test('raw request targets browsers would not send', async ({ request }) => {
    for (const target of [
      '//',
      '///api/health',
      'http://[',
      '/users/%E0%A4%A',
      '/%',
      '/api/%',
      '/..%2F..%2F',
    ]) {
      const status = await rawGet(target);
      expect(status, target).toBeGreaterThan(0);
      expect(status, target).toBeLessThan(500);
    }
    await expectAlive(request);
  });
}
