/**
 * What surrounds every gRPC call, as around every REST request: one port for every protocol, the API token
 * check, injected faults, counters, and an ErrorInfo on every error (unknown methods included).
 */
import http2 from 'node:http2';
import { request as httpsRequest } from 'node:https';
import { X509Certificate } from 'node:crypto';
import { statSync } from 'node:fs';
import { Code, ConnectError } from '@connectrpc/connect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorInfoSchema } from '../../src/grpc/gen/scalekit/v1/errdetails/errdetails_pb';
import { McpService } from '../../src/grpc/gen/scalekit/v1/mcp/mcp_pb';
import { ToolService } from '../../src/grpc/gen/scalekit/v1/tools/tools_pb';
import { LocalCa } from '../../src/tls/local-ca';
import { startTestEmulator, type TestEmulator } from '../helpers';
import { grpcClient } from './grpc-client';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(ConnectError);
      return e as ConnectError;
    },
  );

describe('one port', () => {
  it('answers HTTP/1.1, h2c, and TLS (HTTP/1.1 and h2 by ALPN) on the same port', async () => {
    const ca = (await emu.ca.ensure()).caPem;
    const plain = await fetch(`${emu.url}/keys`);
    expect(plain.status).toBe(200);
    const viaH2 = async (authority: string, options: http2.SecureClientSessionOptions = {}) => {
      const session = http2.connect(authority, options);
      try {
        return await new Promise<number>((resolve, reject) => {
          const stream = session.request({ ':path': '/keys' });
          stream.on('response', (h) => resolve(Number(h[':status'])));
          stream.on('error', reject);
          stream.end();
        });
      } finally {
        session.close();
      }
    };
    expect(await viaH2(emu.url)).toBe(200); // h2c with prior knowledge, as the Node SDK on http://
    expect(await viaH2(emu.sdkUrl, { ca })).toBe(200); // TLS, ALPN h2
    const tlsHttp1 = await new Promise<number>((resolve, reject) => {
      const req = httpsRequest(`${emu.sdkUrl}/keys`, { ca }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(tlsHttp1).toBe(200); // TLS, HTTP/1.1 (how Python's requests fetches the token on https://)
  });

  it('keeps the CA in the data dir, private keys owner-only, and re-issues only the leaf for a new host', async () => {
    const material = await emu.ca.ensure();
    const caCert = new X509Certificate(material.caPem);
    const leaf = new X509Certificate(material.cert);
    expect(caCert.ca).toBe(true);
    expect(leaf.verify(caCert.publicKey)).toBe(true);
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(statSync(`${emu.dataDir}/tls/ca-key.pem`).mode & 0o077).toBe(0);
    expect(statSync(`${emu.dataDir}/tls/server-key.pem`).mode & 0o077).toBe(0);
    const again = new LocalCa(emu.dataDir);
    expect(again.current()?.cert).toBe(material.cert); // read back at once, nothing regenerated
    const other = await new LocalCa(emu.dataDir, ['emulator.test']).ensure();
    expect(other.caPem).toBe(material.caPem); // same CA: a client that trusts it keeps trusting
    expect(new X509Certificate(other.cert).checkHost('emulator.test')).toBe('emulator.test');
  });
});

describe('auth, faults, counters, unknown methods', () => {
  it('answers UNAUTHENTICATED without a token or with one it never issued, and accepts its own', async () => {
    const anonymous = grpcClient(emu, McpService, { token: async () => undefined });
    const noToken = await rejection(anonymous.listMcpConfigs({}));
    expect(noToken.code).toBe(Code.Unauthenticated);
    expect(noToken.findDetails(ErrorInfoSchema)[0].errorCode).toBe('UNAUTHENTICATED');
    const forged = grpcClient(emu, McpService, { token: async () => 'not-a-token' });
    expect((await rejection(forged.listMcpConfigs({}))).code).toBe(Code.Unauthenticated);
    expect((await grpcClient(emu, McpService).listMcpConfigs({})).configs.length).toBeGreaterThan(0);
    // Like the Python SDK after a refresh: the current token first, the channel's stale one second.
    const current = await emu.token();
    const twice = grpcClient(emu, McpService, { token: async () => `${current}, Bearer stale` });
    expect((await twice.listMcpConfigs({})).configs.length).toBeGreaterThan(0);
    await emu.control('POST', '/expire-api-tokens');
    expect((await rejection(grpcClient(emu, McpService).listMcpConfigs({}))).code).toBe(Code.Unauthenticated);
  });

  it('applies /_emulator/faults to gRPC calls, by REST route or by gRPC method, and counts them', async () => {
    const token = await fetch(`${emu.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: emu.clientId,
        client_secret: emu.clientSecret,
      }),
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const mcp = grpcClient(emu, McpService, { token: async () => token.access_token });
    const tools = grpcClient(emu, ToolService, { token: async () => token.access_token });
    await emu.control('DELETE', '/counters');
    await emu.control('POST', '/faults', {
      path: '/api/v1/mcp/configs*',
      status: 503,
      retry_after: 2,
      times: 1,
    });
    const unavailable = await rejection(mcp.listMcpConfigs({}));
    expect(unavailable.code).toBe(Code.Unavailable);
    expect(unavailable.rawMessage).toBe('injected fault (503)');
    expect(unavailable.findDetails(ErrorInfoSchema)[0].errorCode).toBe('UNAVAILABLE');
    expect(unavailable.metadata.get('retry-after')).toBe('2');
    expect((await mcp.listMcpConfigs({})).configs.length).toBeGreaterThan(0); // times: 1

    await emu.control('POST', '/faults', { path: '/scalekit.v1.tools.ToolService/*', status: 429, times: 1 });
    expect((await rejection(tools.listTools({ pageSize: 1 }))).code).toBe(Code.ResourceExhausted);
    await emu.control('POST', '/faults', { path: '/api/v1/tools', malformed_body: true, times: 1 });
    expect((await rejection(tools.listTools({ pageSize: 1 }))).code).toBe(Code.Internal);
    await emu.control('POST', '/faults', { path: '/api/v1/execute_tool', drop_connection: true, times: 1 });
    const dropped = await rejection(
      tools.executeTool({ toolName: 'gmail_fetch_mails', identifier: 'alice@example.com' }),
    );
    expect([Code.Unavailable, Code.Internal, Code.Unknown, Code.Canceled]).toContain(dropped.code);
    const started = Date.now();
    await emu.control('POST', '/faults', { path: '/api/v1/tools', latency_ms: 300, times: 1 });
    await tools.listTools({ pageSize: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    const { counters } = await emu.control<{ counters: Record<string, number> }>('GET', '/counters');
    expect(counters['POST /scalekit.v1.mcp.McpService/ListMcpConfigs']).toBe(2);
    expect(counters['POST /scalekit.v1.tools.ToolService/ListTools']).toBe(3);
    expect(counters['POST /scalekit.v1.tools.ToolService/ExecuteTool']).toBe(1);
    await emu.control('DELETE', '/faults');
  });

  it('answers a method it does not serve with UNIMPLEMENTED and an ErrorInfo trailer', async () => {
    const session = http2.connect(emu.url);
    try {
      const trailers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
        const stream = session.request({
          ':method': 'POST',
          ':path': '/scalekit.v1.mcp.McpService/CreateMcp',
          'content-type': 'application/grpc+proto',
          te: 'trailers',
        });
        let headers: http2.IncomingHttpHeaders = {};
        stream.on('response', (h) => (headers = h));
        stream.on('trailers', (t) => resolve({ ...headers, ...t }));
        stream.on('end', () => resolve(headers));
        stream.on('error', reject);
        stream.resume();
        stream.end(Buffer.from([0, 0, 0, 0, 0]));
      });
      expect(trailers['grpc-status']).toBe('12');
      expect(trailers['grpc-status-details-bin']).toBeTruthy();
    } finally {
      session.close();
    }
  });
});
