/**
 * A promotion's pre-flight and review: a release of 20 configs, each mapping 4 connections with N chosen tools
 * per connection, planned from one environment to another (two emulators). Prints the upstream calls of each
 * side, read from the emulators' counters, for N = 3, 30 and 300 tools per connection. Target: a constant number
 * of calls per connection (its catalog, its accounts), the same whatever N and the number of configs; the source
 * costs one configs list (paged). 300 is capped by the smallest catalog (56 tools).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startTestEmulator, type TestEmulator } from '../emulator/test/helpers';

const RELEASE = 20;
const CONNECTIONS = ['gmail', 'slack', 'github', 'salesforce'];
const TOOLS_PER_CONNECTION = [3, 30, 300];

export async function run() {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'bench-promote-'));
  const [dev, prod] = await Promise.all([
    startTestEmulator({ seed: 'none', seedToolCalls: 0 }),
    startTestEmulator({ seed: 'none', seedToolCalls: 0 }),
  ]);
  try {
    const { createScalekitClient } = await import('../lib/scalekit/index');
    const { planPromotion } = await import('../lib/config-plan/plan-promotion');
    await (await import('../lib/db/client')).getDb();
    const clientOf = (emu: TestEmulator) =>
      createScalekitClient({
        baseUrl: emu.url,
        clientId: emu.clientId,
        clientSecret: emu.clientSecret,
        logger: () => undefined,
      });
    for (const emu of [dev, prod])
      for (const c of CONNECTIONS) await emu.control('POST', '/connections', { key_id: c, connector: c });
    const source = clientOf(dev);
    const catalogs = new Map<string, string[]>();
    for (const c of CONNECTIONS)
      catalogs.set(
        c,
        (await source.tools.listAllForConnector(c)).map((t) => t.name),
      );
    const fewest = Math.min(...[...catalogs.values()].map((t) => t.length));
    const counters = async (emu: TestEmulator) =>
      await emu.control<{ counters?: Record<string, number>; total?: number }>('GET', '/counters');
    const rows: Record<string, Record<string, string | number>> = {};
    for (const n of TOOLS_PER_CONNECTION) {
      const perConnection = Math.min(n, fewest);
      const names: string[] = [];
      for (let i = 0; i < RELEASE; i++) {
        const name = `t${n}-agent-${String(i).padStart(2, '0')}`;
        names.push(name);
        await source.configs.create({
          name,
          description: `Agent ${i}`,
          mappings: CONNECTIONS.map((c) => ({
            connectionName: c,
            tools: catalogs.get(c)!.slice(0, perConnection),
          })),
        });
      }
      // A cold target client (no catalog cache) that already holds its API token: only the plan's calls count.
      const target = clientOf(prod);
      await target.configs.list({ pageSize: 1 });
      await Promise.all([dev, prod].map((e) => e.control('DELETE', '/counters')));
      const t = performance.now();
      const p = await planPromotion(
        { name: 'development', client: source },
        { name: 'production', client: target },
        { email: 'bench@example.com', role: 'admin' },
        names,
      );
      const ms = performance.now() - t;
      const [s, c] = await Promise.all([counters(dev), counters(prod)]);
      const perConfig = Object.entries(c.counters ?? {})
        .filter(([k]) => k.startsWith('GET /api/v1/mcp/configs/'))
        .reduce((sum, [, v]) => sum + v, 0);
      rows[`${perConnection} tools/connection`] = {
        'chosen tools': RELEASE * CONNECTIONS.length * perConnection,
        ms: +ms.toFixed(0),
        problems: p.problems.length,
        'target: catalog (tools)': c.counters?.['GET /api/v1/tools'] ?? 0,
        'target: lists':
          (c.counters?.['GET /api/v1/mcp/configs'] ?? 0) + (c.counters?.['GET /api/v1/connections/app'] ?? 0),
        'target: per-config reads': perConfig,
        'target: all upstream': c.total ?? 0,
        'source: all upstream': s.total ?? 0,
      };
    }
    console.log(
      `release of ${RELEASE} configs x ${CONNECTIONS.length} connections, planned from development to production (all creates)`,
    );
    console.table(rows);
    console.log(
      `target: ${CONNECTIONS.length} catalogs (one per connection) + 2 lists, whatever the number of tools or configs`,
    );
  } finally {
    await Promise.all([dev.stop(), prod.stop()]);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
