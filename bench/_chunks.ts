import { gzipSync } from 'node:zlib';
import { demoPageSeed, everyPage } from '/work/main/e2e/support/pages';
import { CONSOLE, emulatorApi, launchChromium, signedInPage, startSystem } from '/work/main/bench/support/console-under-test';
const system = await startSystem();
const browser = await launchChromium();
try {
  const ctx = (await signedInPage(browser)).context();
  const anon = await browser.newContext();
  const seed = await demoPageSeed((p) => emulatorApi('GET', p), 'e2e-only-auth-secret-not-for-production-use');
  const want = process.argv.slice(2);
  for (const p of everyPage(seed)) {
    if (want.length && !want.includes(p.route)) continue;
    const page = await (p.audience === 'console' ? ctx : anon).newPage();
    const rows: Promise<string>[] = [];
    let loaded = false;
    page.on('response', (res) => {
      if (loaded || res.request().resourceType() !== 'script') return;
      rows.push(res.body().then((b) => `${(gzipSync(b).length / 1024).toFixed(1).padStart(6)} ${res.url().split('/').pop()}`).catch(() => 'x'));
    });
    await page.goto(`${CONSOLE}${p.path}`, { waitUntil: 'load' });
    loaded = true;
    console.log(p.route); console.log((await Promise.all(rows)).sort().reverse().join('\n'));
    await page.close();
  }
} finally { await browser.close(); system.stop(); }
