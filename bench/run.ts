/**
 * `npm run bench`: every benchmark, one after another (they share two cores, so never in parallel), each
 * printing its own figures. `npm run bench -- emulator-rest polling` runs only the named ones.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const BENCHES = [
  {
    name: 'emulator',
    what: 'emulator alone: REST latency, 200 concurrent requests, MCP tools/list',
  },
  {
    name: 'client-dedupe',
    what: 'typed client: concurrent identical reads share one upstream call',
  },
  {
    name: 'interactive',
    what: 'every page in Chromium (4x CPU slowdown, 20 Mbps / 60 ms): first paint, load, and its primary control responding to a real interaction',
  },
  { name: 'editor-filter', what: 'tool-mapping editor: keystroke to filtered list in Chromium' },
  { name: 'polling', what: 'auth-state polling: upstream calls per interval for N pollers' },
  {
    name: 'instance-polling',
    what: "per-user instance state: upstream calls per interval for N viewers of one user's instance",
  },
  {
    name: 'instance-tools-list',
    what: 'per-user instance URL: tools/list on a config mapping 25 connections',
  },
  {
    name: 'signin-flood',
    what: 'sign-in under attack: staff polling latency and a staff sign-in with a device cookie while 100 wrong passwords a second arrive from forged addresses',
  },
  {
    name: 'push-latency',
    what: 'live updates: Allow to ACTIVE on screen with push vs polling; upstream calls with 50 idle pages',
  },
  {
    name: 'page-view-cost',
    what: 'server CPU per page view: the page alone vs opened in Chromium with its link prefetches',
  },
  {
    name: 'grpc',
    what: 'emulator gRPC next to REST: GetMcpConfig and ExecuteTool p50/p99, h2c and TLS (issue 23)',
  },
  {
    name: 'compare',
    what: '3 environments x 200 configs compared: upstream calls (list calls only) and time to compute the matrix',
  },
  {
    name: 'config-plan',
    what: 'configs as code: plan and apply a file of 200 configs against an environment of 200',
  },
  {
    name: 'promote-preflight',
    what: 'promotion pre-flight: a release of 20 configs, 3 to 56 tools per connection (the smallest catalog caps it); upstream calls per connection, not per tool',
  },
  {
    name: 'activity',
    what: 'agent activity with 100,000 logged calls: log page and overview p50, upstream calls per view',
  },
];

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  let failed = 0;
  for (const b of BENCHES) {
    if (only.length && !only.includes(b.name)) continue;
    const file = path.join(import.meta.dirname, `${b.name}.ts`);
    if (!existsSync(file)) continue;
    console.log(`\n### ${b.name}: ${b.what}`);
    try {
      const mod = (await import(file)) as { run: () => Promise<unknown> };
      await mod.run();
    } catch (err) {
      failed++;
      console.error(`${b.name} failed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
