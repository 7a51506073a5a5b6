/**
 * gRPC next to REST on the emulator: p50/p99 of GetMcpConfig and ExecuteTool over REST (HTTP/1.1 keep-alive,
 * as the console calls it), over gRPC on cleartext HTTP/2 (the Node SDK on an http:// URL) and over gRPC on TLS
 * (the Python SDK, and the Node SDK on https://). Calls alternate so every transport sees the same load.
 * Target: gRPC p50 within 2x of REST.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Interceptor } from '@connectrpc/connect';
import { createGrpcTransport } from '@connectrpc/connect-node';
import { McpService } from '../emulator/src/grpc/gen/scalekit/v1/mcp/mcp_pb';
import { ToolService } from '../emulator/src/grpc/gen/scalekit/v1/tools/tools_pb';
import { startEmulator } from '../emulator/src/server';
import { getToken } from '../emulator/test/helpers';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1500);
const WARMUP = 200;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

export async function run() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'grpc-bench-'));
  const emu = await startEmulator({ port: 0, dataDir, seedToolCalls: 0 });
  try {
    const { caPem } = await emu.ca.ensure();
    const token = await getToken(emu.url, emu.clientId, emu.clientSecret);
    const auth: Interceptor = (next) => (req) => {
      req.header.set('authorization', `Bearer ${token}`);
      return next(req);
    };
    const h2c = createGrpcTransport({ baseUrl: emu.url, interceptors: [auth] });
    const tls = createGrpcTransport({
      baseUrl: emu.sdkUrl,
      interceptors: [auth],
      nodeOptions: { ca: caPem },
    });
    const clients = {
      h2c: { mcp: createClient(McpService, h2c), tools: createClient(ToolService, h2c) },
      tls: { mcp: createClient(McpService, tls), tools: createClient(ToolService, tls) },
    };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const configId = emu.store.getConfigByName('email-assistant')!.id;
    const toolArgs = {
      tool_name: 'gmail_fetch_mails',
      identifier: 'alice@example.com',
      params: { max_results: 3 },
    };

    const restGet = async () => {
      const res = await fetch(`${emu.url}/api/v1/mcp/configs/${configId}`, { headers });
      if (!res.ok) throw new Error(`REST GET ${res.status}`);
      await res.arrayBuffer();
    };
    const restExec = async () => {
      const res = await fetch(`${emu.url}/api/v1/execute_tool`, {
        method: 'POST',
        headers,
        body: JSON.stringify(toolArgs),
      });
      if (!res.ok) throw new Error(`REST execute_tool ${res.status}`);
      await res.arrayBuffer();
    };
    const grpcGet = (c: typeof clients.h2c) => () => c.mcp.getMcpConfig({ configId }).then(() => undefined);
    const grpcExec = (c: typeof clients.h2c) => () =>
      c.tools
        .executeTool({
          toolName: toolArgs.tool_name,
          identifier: toolArgs.identifier,
          params: toolArgs.params,
        })
        .then(() => undefined);

    const cases: [string, Record<string, () => Promise<void>>][] = [
      ['GetMcpConfig', { REST: restGet, 'gRPC h2c': grpcGet(clients.h2c), 'gRPC TLS': grpcGet(clients.tls) }],
      [
        'ExecuteTool',
        { REST: restExec, 'gRPC h2c': grpcExec(clients.h2c), 'gRPC TLS': grpcExec(clients.tls) },
      ],
    ];
    for (const [name, calls] of cases) {
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
      for (let i = 0; i < WARMUP + ROUNDS; i++) {
        for (const [label, call] of Object.entries(calls)) {
          const t = performance.now();
          await call();
          if (i >= WARMUP) times[label].push(performance.now() - t);
        }
      }
      const restP50 = pct(times.REST, 50);
      for (const [label, xs] of Object.entries(times)) {
        const ratio = label === 'REST' ? '' : `  (${(pct(xs, 50) / restP50).toFixed(2)}x REST p50)`;
        console.log(
          `${name.padEnd(13)} ${label.padEnd(9)} p50 ${fmt(pct(xs, 50))}  p99 ${fmt(pct(xs, 99))}${ratio}`,
        );
      }
    }
    console.log(`${ROUNDS} calls each after ${WARMUP} warm-up calls, one client per transport, sequential`);
  } finally {
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
