/**
 * First-load JavaScript per console page (issue 14): each page is opened in a fresh tab of a signed-in
 * Chromium against the production build, and the scripts it fetched before the load event are summed, gzipped
 * here (what a browser downloads from a compressing proxy; `next start` itself does not compress). Link
 * prefetches that start after load are not first-load. Target: under 150 kB on every page.
 *
 * Also printed: the code fetched after load until the page is fully interactive (`later kB`): live panels'
 * code with React Query (components/ui/live-panel.tsx), the toaster, the home page's chart. It is not first-load
 * (the page is shown, and the shell works, without it) but it is not free either, so it is reported beside it.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { waitForHydration } from '../e2e/support/wait-for-hydration';
import { demoPageSeed, everyPage } from '../e2e/support/pages';
import {
  CONSOLE,
  emulatorApi,
  launchChromium,
  signedInPage,
  startSystem,
} from './support/console-under-test';

const BUDGET_KB = 150;
const AUTH_SECRET = 'e2e-only-auth-secret-not-for-production-use'; // the e2e build's (bench/support)

const gzipKb = (files: Buffer[]) => files.reduce((n, b) => n + gzipSync(b).length, 0) / 1024;

async function firstLoadJs(page: Page, url: string) {
  const bodies = { first: [] as Promise<Buffer | null>[], later: [] as Promise<Buffer | null>[] };
  let phase: 'first' | 'later' = 'first';
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    bodies[phase].push(res.body().catch(() => null));
  });
  await page.goto(url, { waitUntil: 'load' });
  phase = 'later';
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const settle = async (list: Promise<Buffer | null>[]) =>
    (await Promise.all(list)).filter((b): b is Buffer => b !== null);
  const [first, later] = await Promise.all([settle(bodies.first), settle(bodies.later)]);
  return {
    files: first.length,
    raw: first.reduce((n, b) => n + b.length, 0) / 1024,
    gzip: gzipKb(first),
    later: gzipKb(later),
  };
}

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const signedIn = (await signedInPage(browser)).context();
    const anonymous = await browser.newContext();
    const seed = await demoPageSeed((p) => emulatorApi('GET', p), AUTH_SECRET);
    const rows: Record<
      string,
      { 'JS files': number; 'raw kB': string; 'gzip kB': string; budget: string; 'later kB': string }
    > = {};
    let over = 0;
    for (const p of everyPage(seed)) {
      const page = await (p.audience === 'console' ? signedIn : anonymous).newPage();
      const js = await firstLoadJs(page, `${CONSOLE}${p.path}`);
      await page.close();
      if (js.gzip >= BUDGET_KB) over++;
      rows[p.route] = {
        'JS files': js.files,
        'raw kB': js.raw.toFixed(1),
        'gzip kB': js.gzip.toFixed(1),
        budget: js.gzip < BUDGET_KB ? 'ok' : 'OVER',
        'later kB': js.later.toFixed(1),
      };
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
