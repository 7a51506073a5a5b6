/**
 * Tool-mapping editor at the real catalog's scale, in Chromium: a config mapping 25 connections (HubSpot's
 * 457 tools included), and the time from a keystroke in the HubSpot tool filter to the updated list (the
 * "N shown" count changing in the DOM). Target: under 50 ms. Needs a production build (npm run build).
 */
import { pathToFileURL } from 'node:url';
import { waitForHydration } from '../e2e/support/wait-for-hydration';
import {
  CONSOLE,
  emulatorApi as api,
  emulatorControl,
  launchChromium,
  pct,
  signedInPage,
  startSystem,
} from './support/console-under-test';

export async function run() {
  const system = await startSystem();
  try {
    const tools = (await api('GET', '/api/v1/tools?filter.summary=true&page_size=1000')) as {
      tool_names: string[];
    };
    const connectors = [...new Set(tools.tool_names.map((n) => n.split('_')[0]))];
    const seeded = ((await api('GET', '/api/v1/connections/app')).connections as { key_id: string }[]).map(
      (c) => c.key_id,
    );
    for (const c of connectors.filter((c) => !seeded.includes(c)).slice(0, 25 - seeded.length)) {
      await emulatorControl('POST', '/connections', { key_id: c, connector: c });
    }
    const all = (
      (await api('GET', '/api/v1/connections/app?page_size=100')).connections as { key_id: string }[]
    )
      .map((c) => c.key_id)
      .slice(0, 25);
    const mappings = [];
    for (const name of all) {
      const first = (await api(
        'GET',
        `/api/v1/tools?filter.connector=${name}&filter.summary=true&page_size=2`,
      )) as { tool_names: string[] };
      mappings.push({ connection_name: name, tools: first.tool_names });
    }
    const created = (await api('POST', '/api/v1/mcp/configs', {
      name: `bench-${Date.now().toString(36)}`,
      connection_tool_mappings: mappings,
    })) as {
      config: { id: string };
    };

    const browser = await launchChromium();
    const page = await signedInPage(browser);
    const opened = Date.now();
    await page.goto(`${CONSOLE}/development/configs/${encodeURIComponent(created.config.id)}`);
    const count = page.getByTestId('shown-hubspot');
    await count.waitFor();
    await waitForHydration(page); // the editor's code arrives after load: typing before it would be lost
    const openMs = Date.now() - opened;
    const filter = page.getByLabel('Filter hubspot tools');
    await filter.scrollIntoViewIfNeeded();
    await filter.click();
    const samples: number[] = [];
    // Each pair narrows the list and restores it; a keystroke that leaves the count unchanged (every tool
    // matches) produces no mutation, so it times out to null and is left out of the figures.
    for (const key of 'dcptslmaefgbhirnuvwk'.split('')) {
      for (const k of [key, 'Backspace']) {
        // Time from the keydown to the DOM mutation of the "N shown" count, measured inside the page.
        await page.evaluate((testId) => {
          const w = window as unknown as { __bench: Promise<number | null> };
          w.__bench = new Promise<number | null>((resolve) => {
            const el = document.querySelector(`[data-testid="${testId}"]`)!;
            let start = 0;
            const obs = new MutationObserver(() => {
              if (!start) return;
              obs.disconnect();
              resolve(performance.now() - start);
            });
            obs.observe(el, { childList: true, characterData: true, subtree: true });
            window.addEventListener('keydown', () => (start = performance.now()), {
              once: true,
              capture: true,
            });
            setTimeout(() => {
              obs.disconnect();
              resolve(null);
            }, 1000);
          });
        }, 'shown-hubspot');
        await page.keyboard.press(k);
        const ms = await page.evaluate(
          () => (window as unknown as { __bench: Promise<number | null> }).__bench,
        );
        if (ms !== null) samples.push(ms);
      }
    }
    await browser.close();
    console.table({
      'open editor, cold catalog cache (25 connections incl. hubspot)': { value: `${openMs} ms`, target: '' },
      'keystroke -> filtered list, p50': { value: `${pct(samples, 50).toFixed(1)} ms`, target: '< 50 ms' },
      'keystroke -> filtered list, p95': { value: `${pct(samples, 95).toFixed(1)} ms`, target: '' },
      'keystroke -> filtered list, max': { value: `${Math.max(...samples).toFixed(1)} ms`, target: '' },
    });
  } finally {
    system.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
