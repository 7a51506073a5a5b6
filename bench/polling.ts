/**
 * Auth-state polling cost. N pollers (1, 10, 50: tabs, support staff and the end user's connect
 * page) watch the same user, each on the UI's own interval with a random phase, through the real console.
 * Printed: upstream calls per poll interval, read from the emulator's request counters. Target: 1 at every N.
 * Then the readiness grid: what one refresh of 1,000 users x 5 connections costs upstream, and what 20
 * viewers pressing Refresh at once cost (target: the same as one refresh: they share it).
 */
import { pathToFileURL } from 'node:url';
import { POLL_INTERVAL_MS } from '../components/live/poll-policy';
import {
  CONSOLE,
  emulatorApi,
  emulatorControl,
  launchChromium,
  pct,
  signedInPage,
  startSystem,
  resetUpstreamCounters,
  upstreamCounters,
  waitForUpstreamQuiet,
} from './support/console-under-test';

const INTERVALS = 5;
const USER = 'bob@example.com'; // seeded with a pending connection, so a real page would keep polling

const upstream = async (route: string) => (await upstreamCounters()).counters?.[route] ?? 0;

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const page = await signedInPage(browser);
    const request = page.context().request; // carries the session cookie, like every tab of that browser
    // Only the pollers are counted: the page signing in (home: readiness per config, link prefetches) is left,
    // and what it started upstream is let finish.
    await page.goto('about:blank');
    await waitForUpstreamQuiet();
    const rows: Record<string, Record<string, string | number>> = {};
    for (const n of [1, 10, 50]) {
      await resetUpstreamCounters();
      const latencies: number[] = [];
      let requests = 0;
      const end = Date.now() + INTERVALS * POLL_INTERVAL_MS;
      await Promise.all(
        Array.from({ length: n }, async () => {
          await new Promise((r) => setTimeout(r, Math.random() * POLL_INTERVAL_MS)); // random phase
          while (Date.now() < end) {
            const t = performance.now();
            const res = await request.get(`${CONSOLE}/api/users/${encodeURIComponent(USER)}/accounts`);
            if (!res.ok()) throw new Error(`poll failed: ${res.status()}`);
            latencies.push(performance.now() - t);
            requests++;
            await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
          }
        }),
      );
      const calls = await upstream('GET /api/v1/connected_accounts');
      rows[`N = ${n}`] = {
        'polls to console': requests,
        'upstream calls': calls,
        'upstream calls / interval': +(calls / INTERVALS).toFixed(2),
        'poll p50 ms': +pct(latencies, 50).toFixed(1),
        'poll p95 ms': +pct(latencies, 95).toFixed(1),
        target: '<= 1',
      };
    }
    console.log(`Pollers on one user, ${INTERVALS} intervals of ${POLL_INTERVAL_MS / 1000}s each:`);
    console.table(rows);

    // Readiness grid at 1,000 users x 5 connections.
    await emulatorControl('POST', '/reset', { seed: 'demo', seed_users: 1000 });
    const created = (await emulatorApi('POST', '/api/v1/mcp/configs', {
      name: `bench-grid-${Date.now().toString(36)}`,
      connection_tool_mappings: ['gmail', 'googlecalendar', 'slack', 'github', 'notion'].map((c) => ({
        connection_name: c,
        tools: [],
      })),
    })) as { config: { id: string } };
    const grid = (refresh: boolean) =>
      request.get(
        `${CONSOLE}/api/readiness-grid?configId=${created.config.id}&filter=not-ready${refresh ? '&refresh=1' : ''}`,
      );
    await resetUpstreamCounters();
    const t = performance.now();
    const first = (await (await grid(false)).json()) as { counts: { users: number }; upstreamCalls: number };
    const buildMs = performance.now() - t;
    const oneRefresh = (await upstreamCounters()).total ?? 0;
    await new Promise((r) => setTimeout(r, 5_100)); // past the 5 s in which a refresh reuses the last build
    await resetUpstreamCounters();
    const t2 = performance.now();
    await Promise.all(Array.from({ length: 20 }, () => grid(true)));
    const crowdMs = performance.now() - t2;
    const crowd = (await upstreamCounters()).total ?? 0;
    console.log('Readiness grid, one config x 5 connections:');
    console.table({
      'users in the grid': { value: first.counts.users },
      'upstream calls for one build (1 config + list pages of 99)': { value: oneRefresh },
      'build time, ms': { value: Math.round(buildMs) },
      '20 viewers press Refresh together: upstream calls': {
        value: crowd,
        target: `${oneRefresh} (one build)`,
      },
      '20 concurrent refreshes, total ms': { value: Math.round(crowdMs) },
    });
  } finally {
    await browser.close();
    system.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
