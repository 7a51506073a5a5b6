/**
 * Configs as code: plan a file of 200 configs against an environment holding 200 (20 of them changed by the
 * file), then apply it. Prints plan time (cold and warm catalog cache) and the upstream calls of each step, read
 * from the emulator's counters. Targets: plan under 2 s; list calls plus a constant number per connection
 * (catalog, accounts), never a call per config or per tool; apply writes once per changed config.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startTestEmulator } from '../emulator/test/helpers';

const CONFIGS = 200;
const CHANGED = 20;
const CONNECTIONS = [
  'gmail',
  'googlecalendar',
  'slack',
  'github',
  'notion',
  'linear',
  'jira',
  'hubspot',
  'salesforce',
  'googledrive',
];

export async function run() {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'bench-config-plan-'));
  const emu = await startTestEmulator({ seed: 'none' });
  try {
    const { createScalekitClient } = await import('../lib/scalekit/index');
    const { plan } = await import('../lib/config-plan/plan');
    const { apply } = await import('../lib/config-plan/apply');
    const { parseConfigFile } = await import('../lib/config-plan/parse-file');
    const { formatConfigFile } = await import('../lib/config-plan/write-file');
    const { specOf } = await import('../lib/config-plan/spec');
    await (await import('../lib/db/client')).getDb();
    for (const c of CONNECTIONS) await emu.control('POST', '/connections', { key_id: c, connector: c });
    const sk = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
      logger: () => undefined,
    });
    const catalogs = new Map<string, string[]>();
    for (const c of CONNECTIONS)
      catalogs.set(
        c,
        (await sk.tools.listAllForConnector(c)).map((t) => t.name),
      );
    // 200 configs, each mapping 3 connections (chosen tools on two, all tools on one).
    for (let i = 0; i < CONFIGS; i++) {
      const conns = [0, 1, 2].map((k) => CONNECTIONS[(i + k * 3) % CONNECTIONS.length]!);
      await sk.configs.create({
        name: `agent-${String(i).padStart(3, '0')}`,
        description: `Agent ${i}`,
        mappings: conns.map((c, k) => ({
          connectionName: c,
          tools: k === 2 ? [] : catalogs.get(c)!.slice(i % 5, (i % 5) + 3),
        })),
      });
    }
    const target = (await sk.configs.listAll()).map(specOf);
    // The file: every config, the first 20 changed (a new description and one tool more).
    const desired = target.map((s, i): typeof s => {
      if (i >= CHANGED) return s;
      const [first] = Object.keys(s.connections);
      const c = s.connections[first!]!;
      const extra = catalogs.get(first!)!.find((t) => c.tools !== 'all' && !c.tools.includes(t))!;
      const tools: typeof c.tools = c.tools === 'all' ? 'all' : [...c.tools, extra];
      return {
        ...s,
        description: `${s.description} (changed)`,
        connections: { ...s.connections, [first!]: { ...c, tools } },
      };
    });
    const text = formatConfigFile(desired, 'yaml');
    const t0 = performance.now();
    const parsed = parseConfigFile(text);
    const parseMs = performance.now() - t0;
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    const counters = async () =>
      await emu.control<{ counters?: Record<string, number>; total?: number }>('GET', '/counters');
    const source = { kind: 'file' as const, fileName: 'bench.yaml', fileDigest: '0'.repeat(64) };
    const rows: Record<string, Record<string, string | number>> = {};
    const measure = async (label: string, client: typeof sk) => {
      await emu.control('DELETE', '/counters');
      const t = performance.now();
      const p = await plan({
        desired: parsed.specs,
        target: client,
        environment: 'bench',
        prune: false,
        source,
      });
      const ms = performance.now() - t;
      const c = await counters();
      rows[label] = {
        ms: +ms.toFixed(0),
        'configs list': c.counters?.['GET /api/v1/mcp/configs'] ?? 0,
        'connections list': c.counters?.['GET /api/v1/connections/app'] ?? 0,
        'catalog (tools)': c.counters?.['GET /api/v1/tools'] ?? 0,
        'account lists': c.counters?.['GET /api/v1/connected_accounts'] ?? 0,
        'per-config reads': Object.entries(c.counters ?? {})
          .filter(([k]) => k.startsWith('GET /api/v1/mcp/configs/'))
          .reduce((n, [, v]) => n + v, 0),
        'all upstream': c.total ?? 0,
      };
      return p;
    };
    const cold = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
      logger: () => undefined,
    });
    await cold.configs.list({ pageSize: 1 }); // its API token, so the figures count only the plan's calls
    const p = await measure('plan, cold catalog cache', cold);
    await measure('plan, warm catalog cache', cold);
    console.log(
      `file: ${CONFIGS} configs, ${(text.length / 1024).toFixed(0)} KiB, parsed in ${parseMs.toFixed(0)} ms; plan: ${p.summary.update} to update, ${p.summary.unchanged} unchanged, ${p.problems.length} problems`,
    );
    console.table(rows);
    await emu.control('DELETE', '/counters');
    const t = performance.now();
    const r = await apply(p, cold, { email: 'bench@example.com', role: 'admin' });
    const applyMs = performance.now() - t;
    const c = await counters();
    const writes =
      (c.counters?.['PUT /api/v1/mcp/configs/{config_id}'] ?? 0) +
      (c.counters?.['POST /api/v1/mcp/configs'] ?? 0);
    console.table({
      apply: {
        ms: +applyMs.toFixed(0),
        outcome: r.outcome,
        applied: r.counts.applied,
        'configs list': c.counters?.['GET /api/v1/mcp/configs'] ?? 0,
        'guard re-reads': c.counters?.['GET /api/v1/mcp/configs/{config_id}'] ?? 0,
        writes,
        'all upstream': c.total ?? 0,
        target: `${CHANGED} writes`,
      },
    });
  } finally {
    await emu.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
