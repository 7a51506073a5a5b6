import type { Page, Request } from '@playwright/test';

// A push stream stays open for as long as the page does: it is the page working, not the page loading.
const isStream = (r: Request) => r.url().includes('/events/stream') || r.resourceType() === 'eventsource';

/**
 * Waits until the page has loaded and then made no request (other than its push stream) for `quietMs`.
 * Playwright's own `networkidle` never arrives on a page that keeps a push stream open, and in this Chromium it
 * also hangs on pages whose scripts come from the cache; this counts only the requests Playwright reports.
 */
export async function settle(page: Page, { quietMs = 500, timeoutMs = 20_000 } = {}): Promise<void> {
  await page.waitForLoadState('load');
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (r: Request) => {
    if (isStream(r)) return;
    inFlight.add(r);
    lastChange = Date.now();
  };
  const ended = (r: Request) => {
    if (inFlight.delete(r)) lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() > deadline)
        throw new Error(
          `still loading after ${timeoutMs} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`,
        );
      await page.waitForTimeout(100);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
