/**
 * The bad-input sweep, driven by the published contract (emulator/contract/agentkit.openapi.json): every
 * operation in it, plus the hosted authorization pages, the OAuth token endpoint and the MCP route, gets
 * malformed JSON, wrong types, bad enum values, unknown ids, malformed percent-escapes in each path parameter
 * and odd query strings. For every answer: no 5xx; a 4xx carries the error shape; a rejected request changes
 * no state (the store snapshot is identical before and after); and the server still answers afterwards.
 * The last test does the same with raw bytes against the emulator running as its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};
type Param = { name: string; in: string; schema?: Schema };
type Operation = { parameters?: Param[]; requestBody?: { content: Record<string, { schema: Schema }> } };

const doc = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'contract', 'agentkit.openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const resolve = (s: Schema | undefined): Schema =>
  s?.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]) : (s ?? {});

const operations = Object.entries(doc.paths).flatMap(([template, ops]) =>
  Object.entries(ops)
    .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
    .map(([method, op]) => ({ method: method.toUpperCase(), template, op })),
);

const BAD_ESCAPES = ['%E0', '%', '%zz', '%E0%A4%A', '%C0%AF'];
const GARBAGE_IDS = ['does-not-exist', 'cfg_0', '%2E%2E', 'x'.repeat(3000), '%F0%9F%98%80'];
const MALFORMED_JSON = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}{',
  '"just a string"',
  'null',
  'true',
  '[]',
  '123',
  `${'['.repeat(200)}${']'.repeat(200)}`,
  `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`,
];
const ODD_QUERY_VALUES = ['-1', 'abc', '99999999999999999999999', '%E0', 'x'.repeat(5000)];
const WRONG_TYPES: Record<string, unknown[]> = {
  string: [12345],
  integer: ['abc', 1.5],
  number: ['abc'],
  boolean: ['yes', null],
  array: ['x'],
  object: ['x'],
};

let emu: TestEmulator;
let configId: string;
let serverUrl: string;
let sessionToken: string;
let linkToken: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  const list = await emu.api<{ configs: { id: string; mcp_server_url: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = list.body.configs[0].id;
  serverUrl = list.body.configs[0].mcp_server_url;
  const minted = await emu.api<{ token: string }>('POST', `/api/v1/mcp/configs/${configId}/tokens`, {
    identifier: 'alice@example.com',
  });
  sessionToken = minted.body.token;
  const magic = await emu.api<{ link: string }>('POST', '/api/v1/connected_accounts/magic_link', {
    connector: 'slack',
    identifier: 'bad-input@example.com',
    user_verify_url: 'https://console.example.com/verify',
    state: 's',
  });
  linkToken = magic.body.link.split('/').pop()!;
});
afterAll(() => emu.stop());

const snapshot = () => JSON.stringify(emu.store.snapshot());
let sent = 0;

interface Sent {
  what: string;
  method: string;
  path: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  auth?: string | false;
  /** A mutation that must be refused: 2xx fails the test. */
  mustReject?: boolean;
}

/** Sends one bad request and checks the answer. */
async function probe(s: Sent) {
  const headers: Record<string, string> = { 'content-type': s.contentType ?? 'application/json' };
  if (s.auth !== false) headers.authorization = `Bearer ${s.auth ?? (await emu.token())}`;
  if (s.path.startsWith('/mcp/')) headers.accept = 'application/json, text/event-stream';
  const res = await fetch(`${emu.url}${s.path}`, {
    method: s.method,
    headers,
    body: s.body,
    redirect: 'manual',
  });
  const text = await res.text();
  sent++;
  const label = `${s.what}: ${s.method} ${s.path.slice(0, 120)} -> ${res.status} ${text.slice(0, 200)}`;
  expect(res.status, label).toBeLessThan(500);
  if (s.mustReject) expect(res.status, label).toBeGreaterThanOrEqual(400);
  if (res.status >= 400) expectErrorBody(s.path, res.headers.get('content-type') ?? '', text, label);
}

/**
 * Sends bad requests a few at a time and checks that none of them changed any state. Every request in the
 * sweep is either refused or read-only, so the store must be identical after each batch.
 */
async function sweep(requests: Sent[]) {
  for (let i = 0; i < requests.length; i += BATCH) {
    const batch = requests.slice(i, i + BATCH);
    const before = snapshot();
    await Promise.all(batch.map(probe));
    const names = batch.map((s) => `${s.what}: ${s.method} ${s.path.slice(0, 80)}`).join('\n  ');
    expect(snapshot(), `state changed by one of:\n  ${names}`).toBe(before);
  }
  await stillAnswers();
}
const BATCH = 16;

/** REST errors are `{code, message, details}`; the hosted page may answer with HTML; MCP with its own JSON. */
function expectErrorBody(p: string, type: string, text: string, label: string) {
  if (p.startsWith('/connect/authorize/') && type.startsWith('text/html')) {
    expect(text, label).toContain('<h1>');
    return;
  }
  expect(type, label).toContain('application/json');
  const body = JSON.parse(text) as Record<string, unknown>;
  if (p.startsWith('/mcp/')) {
    expect(typeof body.error === 'string' || typeof body.error === 'object', label).toBe(true);
    return;
  }
  expect(
    Number.isInteger(body.code) && (body.code as number) >= 1 && (body.code as number) <= 16,
    label,
  ).toBe(true);
  expect(typeof body.message === 'string' && (body.message as string).length > 0, label).toBe(true);
  const details = body.details as { '@type'?: string }[];
  expect(Array.isArray(details) && details.every((d) => typeof d['@type'] === 'string'), label).toBe(true);
}

async function stillAnswers() {
  const res = await fetch(`${emu.url}/keys`);
  expect(res.status).toBe(200);
  await res.body?.cancel();
}

/** The template with each path parameter set to a usable value, or to `override` for one of them. */
function fill(template: string, override?: { name: string; value: string }) {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) =>
    override?.name === name ? override.value : name.includes('config') ? configId : 'some-identifier',
  );
}

function bodySchema(op: Operation): Schema | undefined {
  const content = op.requestBody?.content['application/json'];
  return content ? resolve(content.schema) : undefined;
}

/** The smallest body naming every required field, with a plausible but unknown value. */
function requiredBody(schema: Schema): Record<string, unknown> {
  return Object.fromEntries((schema.required ?? []).map((k) => [k, `unknown-${k}`]));
}

describe('every operation in the contract', () => {
  for (const { method, template, op } of operations) {
    it(`${method} ${template}`, async () => {
      const schema = bodySchema(op);
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const r: Sent[] = [];

      // Malformed percent-escapes and unknown ids in each path parameter.
      for (const p of pathParams) {
        for (const value of [...BAD_ESCAPES, ...GARBAGE_IDS]) {
          r.push({
            what: `path ${p.name}`,
            method,
            path: fill(template, { name: p.name, value }),
            body: schema ? '{}' : undefined,
            mustReject: true,
          });
        }
      }
      // A malformed escape in a literal segment and in the query string.
      r.push({ what: 'escape in literal segment', method, path: `${fill(template)}%E0` });
      // Valid apart from the query, so the resource must be unknown: a real one would be updated or deleted.
      const unknown = method === 'GET' ? fill(template) : fill(template).replaceAll(configId, 'cfg_unknown');
      r.push({ what: 'escape in query', method, path: `${unknown}?%E0=%E0&a=%zz` });
      if (method === 'POST' || method === 'PUT') {
        for (const raw of MALFORMED_JSON) {
          r.push({ what: 'malformed JSON', method, path: fill(template), body: raw, mustReject: true });
        }
        r.push({
          what: 'invalid UTF-8',
          method,
          path: fill(template),
          body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
          mustReject: true,
        });
        r.push({
          what: 'form body',
          method,
          path: unknown,
          body: 'a=1&b&%E0=%zz',
          contentType: 'application/x-www-form-urlencoded',
        });
      }

      if (schema?.properties) {
        const base = requiredBody(schema);
        for (const [name, raw] of Object.entries(schema.properties)) {
          const prop = resolve(raw);
          for (const wrong of WRONG_TYPES[prop.type ?? ''] ?? []) {
            r.push({
              what: `wrong type for ${name}`,
              method,
              path: fill(template),
              body: JSON.stringify({ ...base, [name]: wrong }),
              mustReject: true,
            });
          }
          if (prop.enum) {
            r.push({
              what: `bad enum for ${name}`,
              method,
              path: fill(template),
              body: JSON.stringify({ ...base, [name]: 'NOT_A_VALUE' }),
              mustReject: true,
            });
          }
          if (prop.type === 'string' && /(^id$|_id$|^connector$|^identifier$|_name$)/.test(name)) {
            for (const garbage of GARBAGE_IDS.slice(2)) {
              r.push({
                what: `unknown ${name}`,
                method,
                path: fill(template),
                body: JSON.stringify({ ...base, [name]: garbage }),
              });
            }
          }
        }
      }

      // Small pages keep the answers to queries that turn out valid cheap (a later page_size wins).
      const small = queryParams.some((q) => q.name === 'page_size') ? 'page_size=1&' : '';
      for (const q of queryParams) {
        for (const value of ODD_QUERY_VALUES) {
          r.push({ what: `query ${q.name}`, method, path: `${fill(template)}?${small}${q.name}=${value}` });
        }
        r.push({
          what: `repeated ${q.name}`,
          method,
          path: `${fill(template)}?${q.name}=1&${q.name}=abc&${q.name}=-5`,
        });
      }
      r.push({ what: 'no credentials', method, path: fill(template), auth: false, body: schema && '{}' });
      r.push({ what: 'garbage bearer', method, path: fill(template), auth: '%E0 x', body: schema && '{}' });
      await sweep(r);
    });
  }
});

describe('routes outside the contract', () => {
  it('session token access_level and expiry: bad enum values and types are refused', async () => {
    const p = `/api/v1/mcp/configs/${configId}/tokens`;
    const r: Sent[] = [];
    for (const extra of [
      { access_level: 'ROOT' },
      { access_level: 3 },
      { expiry: 'forever' },
      { expiry: '1e9s' },
      { expiry: 3600 },
      { expiry: '999999999999999999999s' },
    ]) {
      r.push({
        what: 'token request',
        method: 'POST',
        path: p,
        body: JSON.stringify({ identifier: 'alice@example.com', ...extra }),
        mustReject: true,
      });
    }
    await sweep(r);
  });

  it('OAuth token endpoint', async () => {
    const r: Sent[] = [];
    for (const [body, type] of [
      ['grant_type=password&client_id=a&client_secret=b', 'application/x-www-form-urlencoded'],
      ['%E0=%zz&grant_type', 'application/x-www-form-urlencoded'],
      ['{"grant_type":["client_credentials"]}', 'application/json'],
      ['{', 'application/json'],
    ]) {
      r.push({
        what: 'oauth token',
        method: 'POST',
        path: '/oauth/token',
        body,
        contentType: type,
        auth: false,
        mustReject: true,
      });
    }
    await sweep(r);
  });

  it('hosted authorization page: bad tokens, escapes, decisions and bodies change nothing', async () => {
    const r: Sent[] = [];
    for (const value of [...BAD_ESCAPES, ...GARBAGE_IDS]) {
      for (const method of ['GET', 'POST']) {
        r.push({
          what: 'authorize token',
          method,
          path: `/connect/authorize/${value}`,
          body: method === 'POST' ? 'decision=allow' : undefined,
          contentType: 'application/x-www-form-urlencoded',
          auth: false,
          mustReject: true,
        });
      }
    }
    for (const body of [
      'decision=maybe',
      'decision=',
      '',
      'null',
      '[]',
      '{"decision":["allow"]}',
      '{',
      '%E0',
    ]) {
      r.push({
        what: 'authorize decision',
        method: 'POST',
        path: `/connect/authorize/${linkToken}`,
        body,
        contentType: body.startsWith('decision') ? 'application/x-www-form-urlencoded' : 'application/json',
        auth: false,
        mustReject: true,
      });
    }
    await sweep(r);
    // The link survived all of that and still works.
    const page = await fetch(`${emu.url}/connect/authorize/${linkToken}`);
    expect(page.status).toBe(200);
    await page.body?.cancel();
  });

  it('MCP server route: malformed JSON-RPC, unknown servers and escapes', async () => {
    const mcpPath = new URL(serverUrl).pathname;
    const r: Sent[] = [];
    for (const p of [`${mcpPath}%E0`, '/mcp/v3/servers/%E0', '/mcp/v3/servers/', '/mcp/v3/servers/x/y']) {
      r.push({ what: 'mcp path', method: 'POST', path: p, body: '{}', auth: sessionToken });
    }
    const rpc = (o: unknown) => JSON.stringify({ jsonrpc: '2.0', id: 1, ...(o as object) });
    for (const body of [
      '{',
      '[]',
      'null',
      '{"jsonrpc":"2.0"}',
      rpc({ method: 'no/such/method' }),
      rpc({ method: 'tools/call', params: { name: 123 } }),
      rpc({ method: 'tools/call', params: { name: 'gmail_fetch_mails', arguments: 'x' } }),
      rpc({ method: 'tools/call', params: { name: 'no_such_tool', arguments: {} } }),
    ]) {
      r.push({ what: 'mcp body', method: 'POST', path: mcpPath, body, auth: sessionToken });
    }
    r.push({ what: 'mcp bad token', method: 'POST', path: mcpPath, body: '{}', auth: 'x.y.z' });
    await sweep(r);
  });

  it('sent a bounded number of requests', () => {
    // Printed for the record; the sweep must stay small enough to run in a few seconds.
    console.log(`bad-input sweep: ${sent} requests`);
    expect(sent).toBeGreaterThan(500);
    expect(sent).toBeLessThan(5000);
  });
});

describe('the emulator as its own process', () => {
  let child: ChildProcess;
  let port: number;
  let dataDir: string;
  let stderr = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'emu-raw-'));
    const root = path.join(import.meta.dirname, '..', '..');
    child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'emulator/src/main.ts')], {
      cwd: root,
      env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_DATA_DIR: dataDir, EMULATOR_SEED_USERS: '5' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`emulator exited (${code}): ${stderr}`)));
    });
  });
  afterAll(() => {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
      let data = '';
      socket.on('data', (c: Buffer) => (data += c.toString('latin1')));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
  }

  it('answers malformed request targets and request lines with a 4xx and keeps running', async () => {
    const requests = [
      'GET // HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /connect/authorize/%E0 HTTP/1.1\r\nHost: x\r\n\r\n',
      'POST /connect/authorize/%E0 HTTP/1.1\r\nHost: x\r\nContent-Length: 15\r\n\r\ndecision=allow\n',
      'GET /api/v1/mcp/configs/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET http://x:99999/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'this is not http\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      'GET / HTTP/1.1\r\nBad Header Line\r\n\r\n',
      'POST /oauth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ];
    for (const r of requests) {
      const answer = await raw(r);
      expect(answer, JSON.stringify(r)).toMatch(/^HTTP\/1\.1 4\d\d /);
      // The usual error shape, also for HTTP that never reached a route (the clientError handler).
      const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
      expect(JSON.parse(body), JSON.stringify(r)).toMatchObject({
        code: expect.any(Number),
        message: expect.any(String),
        details: expect.any(Array),
      });
      expect(child.exitCode, stderr).toBeNull();
    }
    const alive = await fetch(`http://127.0.0.1:${port}/keys`);
    expect(alive.status).toBe(200);
    await alive.body?.cancel();
    expect(stderr).toBe('');
  });
});
