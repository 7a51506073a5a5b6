/**
 * Instance-state polling cost. N viewers (1, 10, 50) of one user's instance, each doing what the
 * user page does: load the user's instances once (the masked list, shared per user), then poll the live state,
 * which is the user's accounts (an instance is ready when its config's connections are all ACTIVE, derived in
 * the browser from the account polling), on the UI's own interval with a random phase, through the real
 * console. Printed: upstream calls per poll interval, by route, from the emulator's counters.
 * Target: 1 per interval at every N, the same call as the account polling of that user (no get_auth_state).
 */
import { pathToFileURL } from 'node:url';
import { POLL_INTERVAL_MS } from '../components/live/poll-policy';
import {
  CONSOLE,
  launchChromium,
  pct,
  signedInPage,
  startSystem,
  type UpstreamCounters,
  resetUpstreamCounters,
  upstreamCounters,
} from './support/console-under-test';

const INTERVALS = 5;
const USER = 'jane-doe'; // seeded instance of reminder-assistant with a pending calendar: a real page keeps polling

const count = (c: UpstreamCounters, pred: (route: string) => boolean) =>
  Object.entries(c.counters ?? {})
    .filter(([route]) => pred(route))
    .reduce((s, [, n]) => s + n, 0);

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const page = await signedInPage(browser);
    const request = page.context().request;
    const rows: Record<string, Record<string, string | number>> = {};
    for (const n of [1, 10, 50]) {
      await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS + 100)); // let the previous round's cache entries age out
      await resetUpstreamCounters();
      const latencies: number[] = [];
      let polls = 0;
      const end = Date.now() + INTERVALS * POLL_INTERVAL_MS;
      await Promise.all(
        Array.from({ length: n }, async () => {
          await new Promise((r) => setTimeout(r, Math.random() * POLL_INTERVAL_MS)); // random phase
          const list = await request.get(`${CONSOLE}/api/instances?identifier=${encodeURIComponent(USER)}`);
          if (!list.ok()) throw new Error(`instances load failed: ${list.status()}`);
          while (Date.now() < end) {
            const t = performance.now();
            const res = await request.get(`${CONSOLE}/api/users/${encodeURIComponent(USER)}/accounts`);
            if (!res.ok()) throw new Error(`poll failed: ${res.status()}`);
            latencies.push(performance.now() - t);
            polls++;
            await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
          }
        }),
      );
      const c = await upstreamCounters();
      const state = count(c, (r) => r.includes('/connected_accounts') || r.includes(':get_auth_state'));
      const authState = count(c, (r) => r.includes(':get_auth_state'));
      const lists = count(c, (r) => r === 'GET /api/v1/mcp/instances');
      rows[`N = ${n}`] = {
        'state polls to console': polls,
        'upstream state calls / interval': +(state / INTERVALS).toFixed(2),
        'of which get_auth_state': authState,
        'instance list loads upstream (whole run)': lists,
        'poll p50 ms': +pct(latencies, 50).toFixed(1),
        'poll p95 ms': +pct(latencies, 95).toFixed(1),
        target: '<= 1 / interval',
      };
    }
    console.log(
      `Viewers of one user's instance state, ${INTERVALS} intervals of ${POLL_INTERVAL_MS / 1000}s each:`,
    );
    console.table(rows);
  } finally {
    await browser.close();
    system.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
