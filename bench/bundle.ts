/**
 * First-load JavaScript per console page (issue 14): each page is opened in a fresh tab of a signed-in
 * Chromium against the production build, and the scripts it fetched before the load event are summed, gzipped
 * here (what a browser downloads from a compressing proxy; `next start` itself does not compress). Link
 * prefetches that start after load are not first-load. Target: under 150 kB on every page.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
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

async function firstLoadJs(page: Page, url: string) {
  const bodies: Promise<Buffer | null>[] = [];
  let loaded = false;
  page.on('response', (res) => {
    if (loaded || res.request().resourceType() !== 'script') return;
    bodies.push(res.body().catch(() => null));
  });
  await page.goto(url, { waitUntil: 'load' });
  loaded = true;
  const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  return {
    files: files.length,
    raw: files.reduce((n, b) => n + b.length, 0) / 1024,
    gzip: files.reduce((n, b) => n + gzipSync(b).length, 0) / 1024,
  };
}

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const signedIn = (await signedInPage(browser)).context();
    const anonymous = await browser.newContext();
    const seed = await demoPageSeed((p) => emulatorApi('GET', p), AUTH_SECRET);
    const rows: Record<string, { 'JS files': number; 'raw kB': string; 'gzip kB': string; budget: string }> =
      {};
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
