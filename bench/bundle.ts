/**
 * First-load JavaScript per console page (issue 14): each page is opened in a fresh tab of a signed-in
 * Chromium against the production build, and the scripts it fetched before the load event are summed, gzipped
 * here (what a browser downloads from a compressing proxy; `next start` itself does not compress). Link
 * prefetches that start after load are not first-load. Target: under 150 kB on every page.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { signConnectLink } from '../lib/connect-links/token';
import { consolePages } from './support/console-pages';
import {
  CONSOLE,
  emulatorApi,
  launchChromium,
  signedInPage,
  startSystem,
} from './support/console-under-test';

const BUDGET_KB = 150;
const AUTH_SECRET = 'e2e-only-auth-secret-not-for-production-use'; // the e2e build's (bench/support)

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const signedIn = await signedInPage(browser);
    const context = signedIn.context();
    const configs = (await emulatorApi('GET', '/api/v1/mcp/configs?filter.name=email-assistant')) as {
      configs: { id: string }[];
    };
    const configId = configs.configs[0]!.id;
    const connectToken = signConnectLink(AUTH_SECRET, {
      identifier: 'bob@example.com',
      configId,
      lifetimeSeconds: 600,
    }).token;
    const rows: Record<string, { 'JS files': number; 'raw kB': string; 'gzip kB': string; budget: string }> =
      {};
    let over = 0;
    for (const p of consolePages({ configId, identifier: 'bob@example.com', connectToken })) {
      const page = await context.newPage();
      const bodies: Promise<Buffer | null>[] = [];
      let loaded = false;
      page.on('response', (res) => {
        if (loaded || res.request().resourceType() !== 'script') return;
        bodies.push(res.body().catch(() => null));
      });
      await page.goto(`${CONSOLE}${p.path}`, { waitUntil: 'load' });
      loaded = true;
      const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
      const raw = files.reduce((n, b) => n + b.length, 0);
      const gz = files.reduce((n, b) => n + gzipSync(b).length, 0);
      if (gz / 1024 >= BUDGET_KB) over++;
      rows[p.route] = {
        'JS files': files.length,
        'raw kB': (raw / 1024).toFixed(1),
        'gzip kB': (gz / 1024).toFixed(1),
        budget: gz / 1024 < BUDGET_KB ? 'ok' : 'OVER',
      };
      await page.close();
    }
    console.table(rows);
    console.log(
      over ? `${over} page(s) at or over ${BUDGET_KB} kB gzipped` : `every page under ${BUDGET_KB} kB`,
    );
  } finally {
    await browser.close();
    system.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
