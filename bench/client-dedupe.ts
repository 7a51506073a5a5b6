/**
 * The typed client: identical concurrent reads share one upstream call, and token refresh happens
 * once however many calls need it. Runs the real client against a real emulator over HTTP and prints the
 * emulator's request counters next to the number of calls made.
 */
import { pathToFileURL } from 'node:url';
import { startTestEmulator } from '../emulator/test/helpers';
import { createScalekitClient } from '../lib/scalekit/index';
import { pct } from './support/console-under-test';

export async function run() {
  const emu = await startTestEmulator();
  try {
    const client = createScalekitClient({
      baseUrl: emu.url,
      clientId: emu.clientId,
      clientSecret: emu.clientSecret,
      logger: () => undefined, // a log line per call would drown the figures
    });
    const cfg = (await client.configs.listAll())[0]!;
    const counters = async () =>
      (await emu.control<{ counters?: Record<string, number> }>('GET', '/counters')).counters ?? {};
    const rows: Record<string, Record<string, string | number>> = {};
    const burst = async (label: string, n: number, expireFirst: boolean) => {
      await emu.control('DELETE', '/counters');
      // Server-side revocation: every call of the burst meets a 401, and the client must refresh only once.
      if (expireFirst) await emu.control('POST', '/expire-api-tokens');
      const t = performance.now();
      await Promise.all(Array.from({ length: n }, () => client.configs.get(cfg.id)));
      const ms = performance.now() - t;
      const c = await counters();
      const gets = Object.entries(c)
        .filter(([k]) => k.startsWith('GET /api/v1/mcp/configs/'))
        .reduce((sum, [, v]) => sum + v, 0);
      rows[label] = {
        'upstream GETs': gets,
        'token requests': c['POST /oauth/token'] ?? 0,
        'total ms': +ms.toFixed(1),
        target: expireFirst ? '2 GETs (401 + retry), 1 token' : '1 GET, 0 tokens',
      };
    };
    for (const n of [10, 100, 1000]) await burst(`${n} identical concurrent reads`, n, false);
    await burst('100 identical reads, API token revoked', 100, true);
    console.table(rows);
    const lat: number[] = [];
    for (let i = 0; i < 500; i++) {
      const t = performance.now();
      await client.configs.get(cfg.id);
      lat.push(performance.now() - t);
    }
    console.log(
      `sequential config reads through the client (n=500): p50 ${pct(lat, 50).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms`,
    );
  } finally {
    await emu.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
