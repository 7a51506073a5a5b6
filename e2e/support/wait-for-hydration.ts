import type { Page } from '@playwright/test';

/*
 * A server-rendered button is visible, and clickable, before React attaches its handler, and React drops a click
 * on markup it has not hydrated yet. So a test waits, as a person in a hurry cannot, until the page is
 * interactive: React has hydrated it (`app/providers.tsx` marks <html>) and every live panel's deferred code has
 * arrived and hydrated too (`components/ui/live-panel.tsx` marks each frame). Pages that are not the console's
 * (the emulator's hosted pages, JSON) have no Next.js flight data and pass at once.
 *
 * Its own module, apart from the e2e `test` (support/hydrated.ts), so benches can import it outside the test runner.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(
    () =>
      !('__next_f' in self) ||
      (document.documentElement.dataset.hydrated === 'true' &&
        !document.querySelector('[data-live-panel]:not([data-live-ready])')),
    null,
    { timeout: 20_000 },
  );
}
