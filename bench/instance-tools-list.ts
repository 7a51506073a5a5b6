/**
 * A per-user instance URL at scale: p50/p99 of MCP tools/list (no headers, the URL is the credential) on a
 * config mapping 25 connections with all their tools (hubspot's 457 included). Target: p50 under 100 ms.
 * The same config's session-token server URL is timed alternately, as a baseline under the same load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getToken } from '../emulator/test/helpers';
import { loadCatalog } from '../emulator/src/store/catalog';
import { startEmulator } from '../emulator/src/server';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

export async function run() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emu-bench-inst-'));
  const emu = await startEmulator({ port: 0, dataDir, controls: true });
  try {
    const token = await getToken(emu.url, emu.clientId, emu.clientSecret);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const api = async <T = Record<string, unknown>>(method: string, p: string, body?: unknown) => {
      const res = await fetch(`${emu.url}${p}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    // 25 connections: the seeded ones plus more connectors, added through the test controls.
    const have = (await api<{ connections: { key_id: string }[] }>('GET', '/api/v1/connections/app'))
      .connections;
    const extra = loadCatalog()
      .connectors.map((c) => c.slug)
      .filter((s) => !have.some((c) => c.key_id === s))
      .slice(0, 25 - have.length);
    for (const slug of extra) await api('POST', '/_emulator/connections', { key_id: slug, connector: slug });
    const names = [...have.map((c) => c.key_id), ...extra];
    const { config } = await api<{ config: { id: string; mcp_server_url: string } }>(
      'POST',
      '/api/v1/mcp/configs',
      {
        name: 'bench-instance-25',
        connection_tool_mappings: names.map((n) => ({ connection_name: n })),
      },
    );
    // A session token needs every connection ACTIVE for the user.
    for (const n of names) {
      await api('POST', '/api/v1/connected_accounts', {
        connector: n,
        identifier: 'bench@example.com',
        connected_account: { authorization_details: { oauth_token: { access_token: 'x' } } },
      }).catch(() => undefined); // already there
    }
    const minted = await api<{ token: string }>('POST', `/api/v1/mcp/configs/${config.id}/tokens`, {
      identifier: 'bench@example.com',
    });
    const { instance } = await api<{ instance: { url: string } }>('POST', '/api/v1/mcp/instances', {
      config_name: 'bench-instance-25',
      user_identifier: 'bench@example.com',
    });

    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    const mcpHeaders = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const tokenHeaders = { ...mcpHeaders, authorization: `Bearer ${minted.token}` };
    const runs = {
      instance: { url: instance.url, headers: mcpHeaders, times: [] as number[], errors: 0, tools: 0 },
      token: {
        url: config.mcp_server_url,
        headers: tokenHeaders,
        times: [] as number[],
        errors: 0,
        tools: 0,
      },
    };
    // Alternating, so both see the same machine load.
    for (let i = 0; i < 220; i++) {
      for (const r of Object.values(runs)) {
        const t = performance.now();
        const res = await fetch(r.url, { method: 'POST', headers: r.headers, body });
        const json = (await res.json()) as { result?: { tools: unknown[] } };
        if (i < 20) continue; // warm-up: JIT and the config's tool cache
        r.times.push(performance.now() - t);
        if (!res.ok || !json.result) r.errors++;
        r.tools = json.result?.tools.length ?? 0;
      }
    }
    const row = (r: (typeof runs)['instance'], target: string) => ({
      p50: fmt(pct(r.times, 50)),
      p99: fmt(pct(r.times, 99)),
      errors: r.errors,
      target,
    });
    const what = `${names.length} connections (${runs.instance.tools} tools, n=${runs.instance.times.length})`;
    console.table({
      [`instance URL tools/list, ${what}`]: row(runs.instance, 'p50 < 100 ms'),
      [`session-token URL tools/list, same config`]: row(runs.token, 'baseline'),
    });
  } finally {
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
