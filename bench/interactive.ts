/**
 * Interactivity, not bytes: every page on disk (e2e/support/pages.ts) opened in Chromium with a 4x CPU slowdown
 * and a 20 Mbps / 60 ms network, a fresh context (cold cache) per view, signed in for console pages. For each
 * page: first contentful paint, the load event, and controls ready: the moment the page's primary control
 * (e2e/support/primary-controls.ts) first responds to the real interaction the bench performs on it, tried again
 * and again from navigation start until it does. Also the JavaScript (gzipped) fetched until then. Target:
 * controls ready within 300 ms of the load event, p50 over the runs.
 *
 *   npm run bench -- interactive [--runs=5] [--before=/path/to/an/older/worktree]
 *
 * `--before`: a worktree of an older commit, built (its scripts/test.ts build step), measured in the same run,
 * page for page, next to this one. `--pages=/sign-in,/[env]/users` measures only those. Pages of a build from before environments (no `[env]` in the tree) are
 * matched to today's by adding it. Each build runs its own e2e server: this one on BENCH_CONSOLE_PORT (3310)
 * and BENCH_EMULATOR_PORT (4310, and the next), the older one on BENCH_BEFORE_CONSOLE_PORT (3315) and
 * BENCH_BEFORE_EMULATOR_PORT (4315).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, CDPSession, Locator, Page } from '@playwright/test';
import { consoleSurface } from '../e2e/reliability/console-surface';
import { demoPageSeed, everyPage, type PageRef } from '../e2e/support/pages';
import { PRIMARY_CONTROLS, type Interaction, type PrimaryControl } from '../e2e/support/primary-controls';
import { launchChromium, pct } from './support/console-under-test';
import { adminSession, E2E_AUTH_SECRET, startBuild, type BuildUnderTest } from './support/build-under-test';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET_MS = 300;
const GIVE_UP_MS = 30_000;
// After each try (its events all taken by the page), how long the bench watches for the response before trying
// again: a click the page took but did not act on was lost, and a person would click again about this soon.
const WATCH_MS = 150;
const NETWORK = {
  offline: false,
  latency: 60,
  downloadThroughput: 20e6 / 8,
  uploadThroughput: 20e6 / 8,
};

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) || undefined;

interface View {
  fcp: number;
  load: number;
  /** ms from navigation start; null when the control never responded within GIVE_UP_MS. */
  ready: number | null;
  jsKb: number;
  tries: number;
  /** How it responded: the page's own reaction, or a navigation it started (links, forms before JS). */
  by: 'page' | 'navigation' | null;
}

function locate(page: Page, c: PrimaryControl): Locator {
  // In the page's main region: the sidebar and header are the same on every page.
  return page
    .locator('main')
    .getByRole(c.role, { name: c.name, exact: typeof c.name === 'string' })
    .nth(c.nth ?? 0);
}

/**
 * As a person would: mouse and keyboard events at the control's place on screen, all handed to the browser at
 * once (none waits for the page to take the one before), which runs them in order when the page's main thread is
 * free. Playwright's own actions would wait for each event to be taken, and first for the control to be stable
 * and hit-testable: each a round trip through that same busy thread, which would measure the bench, not the page.
 */
async function interact(
  page: Page,
  cdp: CDPSession,
  control: Locator,
  how: Interaction,
  attempt: number,
  timeout: number,
) {
  if (how.kind === 'select') {
    const values = (
      await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    ).filter(Boolean);
    await control.selectOption(values[attempt % values.length]!, { timeout });
    return;
  }
  await control.scrollIntoViewIfNeeded({ timeout });
  const box = await control.boundingBox({ timeout });
  if (!box) throw new Error('not on screen');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const events: [string, Record<string, unknown>][] = [
    ['Input.dispatchMouseEvent', { type: 'mouseMoved', ...at }],
    ['Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', clickCount: 1 }],
    ['Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', clickCount: 1 }],
  ];
  if (how.kind === 'type') {
    // Select what a previous try typed, then type over it.
    events.push(
      [
        'Input.dispatchKeyEvent',
        { type: 'rawKeyDown', key: 'a', code: 'KeyA', modifiers: 2, commands: ['selectAll'] },
      ],
      ['Input.dispatchKeyEvent', { type: 'keyUp', key: 'a', code: 'KeyA', modifiers: 2 }],
    );
    for (const ch of how.text)
      events.push(
        ['Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch }],
        ['Input.dispatchKeyEvent', { type: 'keyUp', key: ch }],
      );
    if (how.press === 'Enter')
      events.push(
        [
          'Input.dispatchKeyEvent',
          { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
        ],
        ['Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }],
      );
  }
  // Sent together; awaited together, so the next try comes only after the page has taken all of these.
  await Promise.all(
    events.map(([method, params]) => cdp.send(method as 'Input.dispatchMouseEvent', params as never)),
  );
}

/**
 * What counts as the page's response (primary-controls.ts), described for the page to check itself: it notes
 * the moment, on its own clock, that the response first shows, as a person would see it, instead of the bench
 * noticing it later through a round trip to a busy page. (Navigations are watched separately.)
 */
type Watch =
  | { url: { source: string; flags: string } }
  | { selected: true }
  | { shows: { selector: string; text?: string } };

function watchOf(c: PrimaryControl): Watch {
  const r = c.responded;
  if ('url' in r) return { url: { source: r.url.source, flags: r.url.flags } };
  return r;
}

/** Runs in the page, once, before the first interaction; `control` is the element the bench will interact with. */
function startWatching(control: Element, watch: Watch) {
  const w = window as unknown as { __benchRespondedAt?: number; __benchWatching?: boolean };
  if (w.__benchWatching) return;
  w.__benchWatching = true;
  const label = (control.textContent ?? '').trim();
  const holds = () => {
    if ('url' in watch) return new RegExp(watch.url.source, watch.url.flags).test(location.href);
    if ('selected' in watch) {
      // The control, or the tab that replaced it when React re-rendered it.
      if (control.isConnected) return control.getAttribute('aria-selected') === 'true';
      return [...document.querySelectorAll('main [aria-selected="true"]')].some(
        (el) => (el.textContent ?? '').trim() === label,
      );
    }
    return [...document.querySelectorAll(watch.shows.selector)].some(
      (el) =>
        el.getClientRects().length > 0 &&
        (!watch.shows.text || (el.textContent ?? '').includes(watch.shows.text)),
    );
  };
  const check = () => {
    if (w.__benchRespondedAt !== undefined || !holds()) return;
    w.__benchRespondedAt = performance.now();
    observer.disconnect();
    clearInterval(timer);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // An address change (history.pushState) mutates nothing: look at a steady beat too.
  const timer = setInterval(check, 10);
}

/** Script bodies finished by `until`, gzipped here (what a compressing server or proxy would send). */
async function scriptKb(cdp: CDPSession, finished: Map<string, number>, until: number) {
  let bytes = 0;
  for (const [requestId, at] of finished) {
    if (at > until) continue;
    const body = (await cdp.send('Network.getResponseBody', { requestId }).catch(() => null)) as {
      body: string;
      base64Encoded: boolean;
    } | null;
    if (body) bytes += gzipSync(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8')).length;
  }
  return bytes / 1024;
}

async function view(
  browser: Browser,
  url: string,
  p: PageRef,
  session: BrowserContextOptions['storageState'],
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    storageState: p.audience === 'console' ? session : undefined,
  });
  try {
    // tsx keeps function names by wrapping inner functions in `__name(...)`, a helper that only exists in Node: the
    // page gets a no-op one so the functions the bench hands it (startWatching) run there as written.
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    const scripts = new Set<string>();
    const finished = new Map<string, number>();
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (scripts.has(e.requestId)) finished.set(e.requestId, Date.now());
    });
    // A document request the interaction starts is the page responding (a link, a form before JavaScript, a
    // download); it is answered 204 No Content so the page under test stays, and keeps loading, where it is.
    let interacted = false;
    let navigatedAt: number | null = null;
    await cdp.send('Fetch.enable', { patterns: [{ resourceType: 'Document', requestStage: 'Request' }] });
    let mainFrame = '';
    cdp.on('Fetch.requestPaused', (e) => {
      if (!interacted || (mainFrame && e.frameId !== mainFrame)) {
        void cdp.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => {});
        return;
      }
      navigatedAt ??= Date.now(); // the precise time comes with Network.requestWillBeSent
      void cdp
        .send('Fetch.fulfillRequest', { requestId: e.requestId, responseCode: 204, responseHeaders: [] })
        .catch(() => {});
    });

    cdp.on('Network.requestWillBeSent', (e) => {
      // The browser's own clock for when the followed link or posted form left, not when the bench heard of it.
      if (interacted && e.type === 'Document' && e.frameId === mainFrame && e.wallTime)
        navigatedAt = Math.min(navigatedAt ?? Infinity, e.wallTime * 1000);
    });

    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const giveUp = Date.now() + GIVE_UP_MS;
    const control = locate(page, p.primary);
    const watch = watchOf(p.primary);
    let origin = NaN;
    let readyAt: number | null = null;
    let by: View['by'] = null;
    let tries = 0;
    let watching = false;
    const respondedAt = async () => {
      const at = await page
        .evaluate(() => (window as unknown as { __benchRespondedAt?: number }).__benchRespondedAt)
        .catch(() => undefined); // mid-navigation: ask again
      return at === undefined ? null : origin + at;
    };
    while (readyAt === null && Date.now() < giveUp) {
      const timeout = Math.max(1, Math.min(10_000, giveUp - Date.now()));
      try {
        if (!watching) {
          await control.waitFor({ state: 'visible', timeout });
          origin = await page.evaluate(() => performance.timeOrigin);
          await control.evaluate(startWatching, watch, { timeout });
          watching = true;
          if ((await respondedAt()) !== null)
            throw new Error(`${p.route}: shows its response before any interaction; fix its primary control`);
        }
        interacted = true;
        await interact(page, cdp, control, p.primary.interact, tries++, timeout);
      } catch (err) {
        if (err instanceof Error && err.message.includes('before any interaction')) throw err;
        // Not there yet, or re-rendered under the bench's hands: try again.
      }
      const watchUntil = Date.now() + WATCH_MS;
      do {
        const pageAt = watching ? await respondedAt() : null;
        if (navigatedAt !== null || pageAt !== null) {
          readyAt = Math.min(navigatedAt ?? Infinity, pageAt ?? Infinity);
          by = readyAt === navigatedAt ? 'navigation' : 'page';
        } else await new Promise((r) => setTimeout(r, 10));
      } while (readyAt === null && Date.now() < watchUntil);
    }
    await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 60_000 });
    const t = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    return {
      fcp: t.fcp,
      load: t.load,
      ready: readyAt === null ? null : readyAt - t.origin,
      jsKb: await scriptKb(cdp, finished, readyAt ?? Date.now()),
      tries,
      by,
    } satisfies View;
  } finally {
    await context.close();
  }
}

interface Figures {
  fcp: number;
  load: number;
  ready: number;
  readyAfterLoad: number;
  jsKb: number;
  by: string;
  tries: number;
}

function p50(views: View[]): Figures {
  const never = (v: View) => v.ready ?? Infinity;
  return {
    fcp: pct(
      views.map((v) => v.fcp),
      50,
    ),
    load: pct(
      views.map((v) => v.load),
      50,
    ),
    ready: pct(views.map(never), 50),
    readyAfterLoad: pct(
      views.map((v) => never(v) - v.load),
      50,
    ),
    jsKb: pct(
      views.map((v) => v.jsKb),
      50,
    ),
    by: [...new Set(views.map((v) => v.by ?? 'none'))].join('/'),
    tries: pct(
      views.map((v) => v.tries),
      50,
    ),
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : n > 0 ? 'never' : '–');
const cells = (f: Figures | undefined) =>
  f
    ? [
        ms(f.fcp),
        ms(f.load),
        ms(f.ready),
        `${f.readyAfterLoad > 0 ? '+' : ''}${ms(f.readyAfterLoad)}`,
        f.jsKb.toFixed(1),
        f.by,
        f.readyAfterLoad <= TARGET_MS ? 'ok' : 'MISSED',
      ]
    : ['–', '–', '–', '–', '–', '–', '–'];

/** Today's route for a page of a tree from before environments: the same page under `[env]`, if there is one. */
function todaysRouteOf(current: Set<string>) {
  return (route: string) => {
    const underEnv = route === '/' ? '/[env]' : `/[env]${route}`;
    return current.has(underEnv) ? underEnv : route;
  };
}

export async function run() {
  const runs = Number(arg('runs') ?? 5);
  const beforeRoot = arg('before');
  const current = new Set(
    consoleSurface(ROOT)
      .filter((e) => e.kind === 'page')
      .map((e) => '/' + e.segments.join('/')),
  );
  const builds: { label: string; build: BuildUnderTest; routeOf: (r: string) => string }[] = [];
  const browser = await launchChromium();
  try {
    if (beforeRoot) {
      const build = await startBuild(
        path.resolve(beforeRoot),
        Number(process.env.BENCH_BEFORE_CONSOLE_PORT ?? 3315),
        Number(process.env.BENCH_BEFORE_EMULATOR_PORT ?? 4315),
      );
      builds.push({ label: 'before', build, routeOf: todaysRouteOf(current) });
    }
    const build = await startBuild(
      ROOT,
      Number(process.env.BENCH_CONSOLE_PORT ?? 3310),
      Number(process.env.BENCH_EMULATOR_PORT ?? 4310),
    );
    builds.push({ label: 'after', build, routeOf: (r) => r });
    const sessions = await Promise.all(builds.map((b) => adminSession(browser, b.build.consoleUrl)));
    const results = new Map<string, Map<string, Figures>>();
    const only = arg('pages')?.split(',');
    const order = [...current].sort().filter((r) => !only || only.includes(r));
    for (const route of order) {
      // A fresh seed per page: connect links expire, and the ids are each build's own emulator's.
      const pages = await Promise.all(
        builds.map(async ({ build, routeOf }) => {
          const seed = await demoPageSeed(build.emulatorGet, E2E_AUTH_SECRET);
          return everyPage(seed, build.root, routeOf).find((x) => x.route === route);
        }),
      );
      const perBuild = new Map<string, View[]>();
      for (let i = 0; i < runs; i++) {
        // Builds alternate view by view, so a busy moment on the machine falls on both.
        for (const [b, { label, build }] of builds.entries()) {
          const p = pages[b];
          if (!p) continue;
          try {
            const v = await view(browser, `${build.consoleUrl}${p.path}`, p, sessions[b]);
            perBuild.set(label, [...(perBuild.get(label) ?? []), v]);
          } catch (err) {
            // One broken view (or control) is reported and left out; the other pages still get measured.
            console.log(`${route} (${label}): ${err instanceof Error ? err.message.split('\n')[0] : err}`);
          }
        }
      }
      const figures = new Map([...perBuild].map(([label, views]) => [label, p50(views)]));
      results.set(route, figures);
      const line = [...figures]
        .map(([label, f]) => `${label} ${cells(f).join(' / ')} (tries ${f.tries})`)
        .join('; ');
      console.log(`${route}: ${line}`);
    }
    const labels = builds.map((b) => b.label);
    const head = ['page', 'primary control'];
    for (const l of labels)
      head.push(...['FCP', 'load', 'ready', 'ready-load', 'JS kB', 'by', 'target'].map((h) => `${l} ${h}`));
    console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
    for (const route of order) {
      const f = results.get(route)!;
      const control = PRIMARY_CONTROLS[route]?.what ?? '';
      console.log(`| ${[route, control, ...labels.flatMap((l) => cells(f.get(l)))].join(' | ')} |`);
    }
    const missed = order.filter((r) => {
      const f = results.get(r)!.get('after');
      return f && f.readyAfterLoad > TARGET_MS;
    });
    console.log(
      `\nms from navigation start, p50 of ${runs} views each (a fresh context, cold cache); 4x CPU slowdown, ` +
        `20 Mbps / 60 ms; JS kB: scripts fetched until controls ready, gzipped; by: the page's own ` +
        `response, or a navigation it started (works before JavaScript). Target: ready within ` +
        `${TARGET_MS} ms of load. ${missed.length ? `Missed (after): ${missed.join(', ')}` : 'Every page meets it (after).'}`,
    );
  } finally {
    await browser.close();
    for (const b of builds) b.build.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
