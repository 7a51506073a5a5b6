/**
 * What one page view costs the console's server: CPU time for the page alone (its HTML, fetched without a browser)
 * against the same page opened in Chromium, which also makes Next.js prefetch links. Links prefetch on intent
 * (components/ui/link.tsx), so the two should be close; with Next's default (every visible link prefetched as a
 * server render) /connections cost 1.1 s against 0.1 s. CPU is read from /proc for the console's process.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Request } from '@playwright/test';
import {
  CONSOLE,
  launchChromium,
  signedInPage,
  startSystem,
  waitForUpstreamQuiet,
} from './support/console-under-test';

const PAGES = [
  '/development',
  '/development/connections',
  '/development/configs',
  '/development/users/alice%40example.com',
  '/development/activity',
];
const ROUNDS = 3;

function consolePid(): string {
  const port = new URL(CONSOLE).port;
  const out = execSync(`ss -ltnpH 'sport = :${port}'`).toString();
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process listens on ${port}`);
  return pid;
}

/** User + system CPU of a process so far, in ms (clock ticks are 10 ms on Linux). */
function cpuMs(pid: string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const settle = () => new Promise((r) => setTimeout(r, 1_500)); // prefetches and logging finish after idle

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const page = await signedInPage(browser);
    await page.waitForLoadState('networkidle');
    await waitForUpstreamQuiet();
    const pid = consolePid();
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const rows: Record<
      string,
      { 'page alone, ms CPU': number; 'in Chromium, ms CPU': number; 'RSC requests': number }
    > = {};
    for (const path of PAGES) {
      let alone = 0;
      let inBrowser = 0;
      let rsc = 0;
      const count = (r: Request) => {
        if (r.headers()['rsc']) rsc++;
      };
      for (let i = 0; i < ROUNDS; i++) {
        let start = cpuMs(pid);
        await fetch(`${CONSOLE}${path}`, { headers: { cookie } }).then((r) => r.text());
        await settle();
        alone += cpuMs(pid) - start;
        page.on('request', count);
        start = cpuMs(pid);
        await page.goto(`${CONSOLE}${path}`);
        await page.waitForLoadState('networkidle');
        await settle();
        inBrowser += cpuMs(pid) - start;
        page.off('request', count);
      }
      rows[path] = {
        'page alone, ms CPU': Math.round(alone / ROUNDS),
        'in Chromium, ms CPU': Math.round(inBrowser / ROUNDS),
        'RSC requests': Math.round(rsc / ROUNDS),
      };
    }
    console.table(rows);
    console.log(`server CPU per page view, mean of ${ROUNDS}; "in Chromium" includes any link prefetches`);
  } finally {
    await browser.close();
    system.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
