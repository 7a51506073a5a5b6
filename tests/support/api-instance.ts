/**
 * One console instance serving the HTTP API the command line uses (the routes of app/api/documented-routes.ts
 * and /api/openapi.json, through their real defineRoute handlers), as its own process, for tests that need
 * several consoles (two environments, or two instances on one PostgreSQL). Configured by the parent through the
 * environment; prints `{"ready":true,"url":...}`. Test-only helpers under /__test create and revoke API keys
 * as an admin of this console would, sign people in, end their sessions (the admin's server action) and ask
 * whether a session still works (the check every request makes). Run with tsx --import
 * tests/support/server-only-hook.mjs.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { DOCUMENTED_ROUTES } from '@/app/api/documented-routes';
import { GET as openapi } from '@/app/api/openapi.json/route';
import { createApiKey, revokeApiKey } from '@/lib/api-keys/store';
import { runAsUser } from '@/lib/auth/test-user';
import { endSessionsAction } from '@/lib/people/actions/end-sessions';
import { newSessionId, recordSignIn, sessionIsActive } from '@/lib/sessions/store';

const routes = [
  ...DOCUMENTED_ROUTES.map((r) => ({
    path: r.path,
    method: r.method.toUpperCase(),
    handler: r.route as unknown as Handler,
  })),
  { path: '/api/openapi.json', method: 'GET', handler: openapi as unknown as Handler },
];
type Handler = (req: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

function match(template: string, pathname: string): Record<string, string> | null {
  const t = template.split('/');
  const p = pathname.split('/');
  if (t.length !== p.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const name = /^\{(.+)\}$/.exec(t[i]!)?.[1];
    if (name) params[name] = decodeURIComponent(p[i]!);
    else if (t[i] !== p[i]) return null;
  }
  return params;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const ADMIN = { email: 'admin@example.com', name: 'Admin', role: 'admin' as const };

const json = (res: import('node:http').ServerResponse, value: unknown) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const body = await bodyOf(req);
    if (url.pathname === '/__test/keys' && req.method === 'POST') {
      const created = await createApiKey(JSON.parse(body.toString()), ADMIN);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(created));
      return;
    }
    const revoke = /^\/__test\/keys\/(\d+)\/revoke$/.exec(url.pathname);
    if (revoke && req.method === 'POST') {
      await revokeApiKey(Number(revoke[1]), ADMIN.email);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    if (url.pathname === '/__test/sessions' && req.method === 'POST') {
      const { email } = JSON.parse(body.toString()) as { email: string };
      const sid = newSessionId();
      await recordSignIn({ id: sid, email, name: email, provider: 'credentials', localRole: 'support' });
      json(res, { sid });
      return;
    }
    if (url.pathname === '/__test/sessions/end' && req.method === 'POST') {
      const { email } = JSON.parse(body.toString()) as { email: string };
      json(res, await runAsUser(ADMIN, () => endSessionsAction({ email })));
      return;
    }
    const session = /^\/__test\/sessions\/([\w-]+)$/.exec(url.pathname);
    if (session && req.method === 'GET') {
      json(res, { active: await sessionIsActive(session[1]!) });
      return;
    }
    for (const r of routes) {
      const params = r.method === req.method ? match(r.path, url.pathname) : null;
      if (!params) continue;
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: body.length ? new Uint8Array(body) : undefined,
      });
      const answer = await r.handler(request, { params: Promise.resolve(params) });
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"error":"not found","code":"not_found"}');
  } catch (err) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ ready: true, url: `http://127.0.0.1:${port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
