/**
 * Emulator alone: p50/p99 of a config GET, errors and latency under 200 concurrent requests, and p50/p99 of
 * MCP tools/list on a config mapping 25 connections (hubspot's 457 tools included). Targets: REST p50 < 5 ms,
 * tools/list < 100 ms, zero errors.
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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emu-bench-'));
  const seedStart = performance.now();
  const emu = await startEmulator({ port: 0, dataDir, seedUsers: 10_000, controls: true });
  console.log(`seeded 10,000 identifiers and started in ${fmt(performance.now() - seedStart)}`);
  const token = await getToken(emu.url, emu.clientId, emu.clientSecret);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const list = (await (
    await fetch(`${emu.url}/api/v1/mcp/configs?filter.name=email-assistant`, { headers })
  ).json()) as {
    configs: { id: string }[];
  };
  const getUrl = `${emu.url}/api/v1/mcp/configs/${list.configs[0].id}`;

  const seq: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    const res = await fetch(getUrl, { headers });
    await res.arrayBuffer();
    seq.push(performance.now() - t);
  }

  let errors = 0;
  const conc: number[] = [];
  const burst = async () => {
    const t = performance.now();
    try {
      const res = await fetch(getUrl, { headers });
      await res.arrayBuffer();
      if (!res.ok) errors++;
    } catch {
      errors++;
    }
    conc.push(performance.now() - t);
  };
  for (let round = 0; round < 5; round++) await Promise.all(Array.from({ length: 200 }, burst));

  // 25 connections: the ten seeded ones plus fifteen more connectors, added through the test controls.
  const extra = loadCatalog()
    .connectors.map((c) => c.slug)
    .filter((s) => !emu.store.getConnection(s))
    .slice(0, 15);
  for (const slug of extra) {
    await fetch(`${emu.url}/_emulator/connections`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ key_id: slug, connector: slug }),
    });
  }
  const names = [...emu.store.connections.keys()].slice(0, 25);
  const created = (await (
    await fetch(`${emu.url}/api/v1/mcp/configs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'bench-25',
        connection_tool_mappings: names.map((n) => ({ connection_name: n })),
      }),
    })
  ).json()) as { config: { id: string; mcp_server_url: string } };
  for (const n of names) {
    if (!emu.store.findAccount('bench@example.com', n)) {
      await fetch(`${emu.url}/api/v1/connected_accounts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          connector: n,
          identifier: 'bench@example.com',
          connected_account: { authorization_details: { oauth_token: { access_token: 'x' } } },
        }),
      });
    }
  }
  const minted = (await (
    await fetch(`${emu.url}/api/v1/mcp/configs/${created.config.id}/tokens`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ identifier: 'bench@example.com' }),
    })
  ).json()) as { token: string };
  const mcpHeaders = {
    authorization: `Bearer ${minted.token}`,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  };
  const toolsList = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
  const mcp: number[] = [];
  let toolCount = 0;
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const res = await fetch(created.config.mcp_server_url, {
      method: 'POST',
      headers: mcpHeaders,
      body: toolsList,
    });
    const body = (await res.json()) as { result: { tools: unknown[] } };
    mcp.push(performance.now() - t);
    toolCount = body.result.tools.length;
  }

  console.table({
    'config GET (sequential, n=2000)': {
      p50: fmt(pct(seq, 50)),
      p99: fmt(pct(seq, 99)),
      errors: 0,
      target: 'p50 < 5 ms',
    },
    'config GET (200 concurrent x5)': {
      p50: fmt(pct(conc, 50)),
      p99: fmt(pct(conc, 99)),
      errors,
      target: '0 errors',
    },
    [`tools/list, 25 connections (${toolCount} tools, n=200)`]: {
      p50: fmt(pct(mcp, 50)),
      p99: fmt(pct(mcp, 99)),
      errors: 0,
      target: 'p50 < 100 ms',
    },
  });
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
