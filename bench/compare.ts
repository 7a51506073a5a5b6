/**
 * Comparing environments: 3 emulators x 200 configs each (most the same, some another version, some missing),
 * loaded the way the compare page loads them (lib/compare/load.ts: list calls, environments in parallel) and
 * compared. Prints the upstream calls each emulator counted (target: list calls only, never one per config) and
 * the time to compute the matrix (target: under 1 s), plus the whole load.
 */
import { pathToFileURL } from 'node:url';
import { startTestEmulator, type TestEmulator } from '../emulator/test/helpers';
import { compareEnvironmentLists } from '../lib/compare/compare';
import { loadComparison, loadEnvironmentLists, type ComparisonSource } from '../lib/compare/load';
import { createScalekitClient } from '../lib/scalekit/index';
import { pct } from './support/console-under-test';

const CONFIGS = 200;
const NAMES = ['development', 'staging', 'production'] as const;
const CONNECTIONS = ['gmail', 'googlecalendar', 'slack', 'github', 'notion'];
const GMAIL = ['gmail_fetch_mails', 'gmail_send_message', 'gmail_get_message_by_id'];

/** Config i in environment e: staging differs on every 10th and lacks every 25th; production the other way round. */
function configFor(i: number, env: number) {
  if (env === 1 && i % 25 === 7) return null;
  if (env === 2 && i % 10 === 3) return null;
  const older = (env === 1 && i % 10 === 5) || (env === 2 && i % 25 === 11);
  return {
    name: `agent-${String(i).padStart(3, '0')}`,
    description: `Agent ${i}`,
    connection_tool_mappings: [
      { connection_name: 'gmail', tools: GMAIL.slice(0, older ? 1 : 1 + (i % 3)) },
      { connection_name: CONNECTIONS[1 + (i % 4)], tools: [] },
    ],
  };
}

async function seed(emu: TestEmulator, env: number) {
  for (const c of CONNECTIONS) await emu.control('POST', '/connections', { key_id: c, connector: c });
  const bodies = Array.from({ length: CONFIGS }, (_, i) => configFor(i, env)).filter((b) => b !== null);
  for (let i = 0; i < bodies.length; i += 20) {
    const done = await Promise.all(
      bodies.slice(i, i + 20).map((b) => emu.api('POST', '/api/v1/mcp/configs', b)),
    );
    const bad = done.find((r) => r.status !== 201);
    if (bad) throw new Error(`creating a config failed: ${bad.status} ${JSON.stringify(bad.body)}`);
  }
}

type Counters = { counters?: Record<string, number>; total?: number };

export async function run() {
  const emus = await Promise.all(NAMES.map(() => startTestEmulator({ seed: 'none', seedToolCalls: 0 })));
  try {
    await Promise.all(emus.map((emu, i) => seed(emu, i)));
    const sources: ComparisonSource[] = emus.map((emu, i) => ({
      name: NAMES[i],
      production: NAMES[i] === 'production',
      scalekit: createScalekitClient({
        baseUrl: emu.url,
        clientId: emu.clientId,
        clientSecret: emu.clientSecret,
        logger: () => undefined, // a log line per call would drown the figures
      }),
    }));

    const rows: Record<string, Record<string, string | number>> = {};
    const measure = async (label: string) => {
      await Promise.all(emus.map((e) => e.control('DELETE', '/counters')));
      const t = performance.now();
      const c = await loadComparison(sources);
      const ms = performance.now() - t;
      const counted = await Promise.all(emus.map((e) => e.control<Counters>('GET', '/counters')));
      counted.forEach((n, i) => {
        const routes = n.counters ?? {};
        const lists = routes['GET /api/v1/mcp/configs'] ?? 0;
        const connections = routes['GET /api/v1/connections/app'] ?? 0;
        const tokens = routes['POST /oauth/token'] ?? 0;
        rows[`${label}: ${NAMES[i]}`] = {
          'config list pages': lists,
          'connection lists': connections,
          'token requests': tokens,
          'any other call': (n.total ?? 0) - lists - connections - tokens,
          'load + compare ms': +ms.toFixed(1),
        };
      });
      return c;
    };
    const cold = await measure('cold client');
    const warm = await measure('warm client');
    console.table(rows);

    // The matrix alone, from lists already loaded: what the page adds on top of the upstream calls.
    const lists = await Promise.all(sources.map(loadEnvironmentLists));
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      compareEnvironmentLists(lists);
      times.push(performance.now() - t);
    }
    const counts = warm.configCounts;
    console.log(
      [
        `configs: ${cold.configs.length} rows x ${cold.environments.length} environments, ${cold.connections.length} connection rows`,
        `  staging: ${counts.staging.same} same, ${counts.staging.differs} differ, ${counts.staging.missing} missing; production: ${counts.production.same} same, ${counts.production.differs} differ, ${counts.production.missing} missing`,
        `compute the matrix (n=50): p50 ${pct(times, 50).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (target < 1,000 ms)`,
        `whole comparison, lists loaded in parallel: cold ${rows['cold client: development']['load + compare ms']} ms, warm ${rows['warm client: development']['load + compare ms']} ms`,
        `upstream calls per environment: ${Math.ceil(CONFIGS / 30)} config list pages (30 a page) + 1 connections list, no call per config`,
      ].join('\n'),
    );
  } finally {
    await Promise.all(emus.map((e) => e.stop()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
