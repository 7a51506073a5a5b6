import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withDeadline } from './deadline';
import { ScalekitError } from './errors';
import { createHttpClient } from './http-client';

// A scripted upstream (not our code): each test says how it answers.
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let close: (() => void) | undefined;
afterEach(() => close?.());

async function upstream(handler: Handler) {
  const calls: { method: string; path: string; auth?: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls.push({ method: req.method!, path: req.url!, auth: req.headers.authorization });
      if (req.url === '/oauth/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({
            access_token: `tok-${calls.filter((c) => c.path === '/oauth/token').length}`,
            expires_in: 3600,
          }),
        );
      }
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  close = () => server.close();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const SECRET = 'skcs_unit_test_secret_value';
const client = (url: string, extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) =>
  createHttpClient({
    baseUrl: url,
    clientId: 'skc_1',
    clientSecret: SECRET,
    sleep: async () => {},
    logger: () => {},
    ...extra,
  });
const anyBody = z.object({ n: z.number().optional().default(0) });

describe('http client', () => {
  it('fetches one token for many concurrent calls and reuses it', async () => {
    const up = await upstream((_q, res) => json(res, 200, { n: 1 }));
    const c = client(up.url);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        c.request({ method: 'GET', path: `/a${i}`, idempotent: true, schema: anyBody }),
      ),
    );
    await c.request({ method: 'GET', path: '/b', idempotent: true, schema: anyBody });
    expect(up.calls.filter((x) => x.path === '/oauth/token')).toHaveLength(1);
  });

  it('refreshes the token before expiry', async () => {
    let now = 0;
    const up = await upstream((_q, res) => json(res, 200, {}));
    const c = client(up.url, { now: () => now });
    await c.request({ method: 'GET', path: '/a', idempotent: true, schema: anyBody });
    now = 3600_000 - 30_000; // inside the refresh margin
    await c.request({ method: 'GET', path: '/a', idempotent: true, schema: anyBody });
    expect(up.calls.filter((x) => x.path === '/oauth/token')).toHaveLength(2);
  });

  it('on 401 refreshes the token and retries once', async () => {
    const up = await upstream((req, res) =>
      req.headers.authorization === 'Bearer tok-1'
        ? json(res, 401, { code: 16, message: 'expired' })
        : json(res, 200, { n: 7 }),
    );
    const r = await client(up.url).request({ method: 'GET', path: '/a', idempotent: true, schema: anyBody });
    expect(r.n).toBe(7);
    expect(up.calls.filter((x) => x.path === '/a').map((x) => x.auth)).toEqual([
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });

  it('retries idempotent calls on 503 honouring Retry-After, but never a create', async () => {
    let n = 0;
    const up = await upstream((_q, res) =>
      ++n < 3 ? json(res, 503, { code: 14, message: 'down' }, { 'retry-after': '2' }) : json(res, 200, { n }),
    );
    const waits: number[] = [];
    const c = client(up.url, { sleep: async (ms) => void waits.push(ms) });
    expect((await c.request({ method: 'GET', path: '/a', idempotent: true, schema: anyBody })).n).toBe(3);
    expect(waits).toEqual([2000, 2000]);
    n = 0;
    await expect(
      c.request({ method: 'POST', path: '/create', body: {}, idempotent: false, schema: anyBody }),
    ).rejects.toMatchObject({
      status: 503,
      message: 'Scalekit is unavailable (503); try again shortly',
    });
    expect(up.calls.filter((x) => x.path === '/create')).toHaveLength(1);
  });

  it('times out each attempt with a clear message', async () => {
    const up = await upstream(() => {
      /* never answers */
    });
    const c = client(up.url, { timeoutMs: 150, maxRetries: 1 });
    await expect(
      c.request({ method: 'GET', path: '/slow', idempotent: true, schema: anyBody }),
    ).rejects.toMatchObject({
      status: 504,
      code: 'timeout',
    });
    expect(up.calls.filter((x) => x.path === '/slow')).toHaveLength(2);
  });

  it('shares one upstream call between identical concurrent reads', async () => {
    const up = await upstream((_q, res) => setTimeout(() => json(res, 200, { n: 1 }), 30));
    const c = client(up.url);
    const spec = { method: 'GET' as const, path: '/same', idempotent: true, schema: anyBody };
    await Promise.all([
      c.request(spec),
      c.request(spec),
      c.request(spec),
      c.request({ ...spec, query: { x: 1 } }),
    ]);
    expect(up.calls.filter((x) => x.path.startsWith('/same'))).toHaveLength(2);
    await c.request(spec); // settled calls are not cached
    expect(up.calls.filter((x) => x.path === '/same')).toHaveLength(2);
  });

  it('maps error bodies (with field violations) and unreadable bodies to ScalekitError', async () => {
    const up = await upstream((req, res) =>
      req.url === '/bad'
        ? json(res, 400, {
            code: 3,
            message: 'name is invalid',
            details: [
              {
                '@type': 'x',
                validation_error_info: { field_violations: [{ field: 'name', description: 'too long' }] },
              },
            ],
          })
        : (res.writeHead(200), res.end('{oops')),
    );
    const c = client(up.url);
    const err = await c
      .request({ method: 'GET', path: '/bad', idempotent: true, schema: anyBody })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScalekitError);
    expect(err).toMatchObject({
      status: 400,
      message: 'name is invalid',
      fieldViolations: [{ field: 'name', description: 'too long' }],
    });
    await expect(
      c.request({ method: 'GET', path: '/garbled', idempotent: true, schema: anyBody }),
    ).rejects.toMatchObject({
      code: 'malformed_response',
    });
  });

  it('fills defaults for omitted fields and reports unexpected shapes', async () => {
    const up = await upstream((req, res) =>
      json(res, 200, req.url === '/empty' ? {} : { n: 'not a number' }),
    );
    const c = client(up.url);
    expect(await c.request({ method: 'GET', path: '/empty', idempotent: true, schema: anyBody })).toEqual({
      n: 0,
    });
    await expect(
      c.request({ method: 'GET', path: '/wrong', idempotent: true, schema: anyBody }),
    ).rejects.toMatchObject({
      code: 'unexpected_response',
    });
  });

  it('logs method, path, status and request id, never the secret or tokens', async () => {
    const up = await upstream((_q, res) => json(res, 200, {}, { 'x-request-id': 'req-42' }));
    const lines: string[] = [];
    await client(up.url, { logger: (l) => lines.push(l) }).request({
      method: 'GET',
      path: '/a',
      idempotent: true,
      schema: anyBody,
    });
    expect(lines.join('\n')).toContain('scalekit GET /a 200');
    expect(lines.join('\n')).toContain('req=req-42');
    expect(lines.join('\n')).not.toMatch(/tok-|skcs_/);
  });

  it('explains an unreachable server', async () => {
    const c = client('http://127.0.0.1:1', { maxRetries: 0 });
    await expect(c.request({ method: 'GET', path: '/a', idempotent: true, schema: anyBody })).rejects.toThrow(
      /Cannot reach Scalekit/,
    );
  });

  it('fits every try and wait of a call into the action deadline, however long each try may take', async () => {
    const up = await upstream(() => {
      /* never answers */
    });
    const c = client(up.url, { timeoutMs: 10_000, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
    const started = Date.now();
    await expect(
      withDeadline(800, () => c.request({ method: 'GET', path: '/slow', idempotent: true, schema: anyBody })),
    ).rejects.toMatchObject({ status: 504, code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_300);
  });

  it('never sends a write twice when its answer is lost, and says its outcome is unknown', async () => {
    const up = await upstream((req) => req.socket.destroy()); // read, then the connection drops
    const c = client(up.url);
    const err = await c
      .request({ method: 'PUT', path: '/w', body: {}, idempotent: false, schema: anyBody })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network', outcomeUnknown: true });
    expect(up.calls.filter((x) => x.path === '/w')).toHaveLength(1);
  });

  it('leaves a write time to be re-read within the deadline', async () => {
    const up = await upstream(() => {
      /* never answers */
    });
    const c = client(up.url, { timeoutMs: 10_000 });
    const started = Date.now();
    const err = await withDeadline(4_000, () =>
      c.request({ method: 'PUT', path: '/w', body: {}, idempotent: false, schema: anyBody }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'timeout', outcomeUnknown: true });
    const spent = Date.now() - started;
    expect(spent).toBeGreaterThan(2_000); // 4 s less the re-read's share (a third of it, at most 3 s)
    expect(spent).toBeLessThan(3_200);
  });
});
