import type { Page } from '@playwright/test';

/*
 * A server-rendered button is visible, and clickable, before React attaches its handler, and React drops a click
 * on markup it has not hydrated yet (forms are the exception: they submit without JavaScript). So a test waits
 * until React has hydrated the page (`app/providers.tsx` marks <html>). Pages that are not the console's (the
 * emulator's hosted pages, JSON) have no Next.js flight data and pass at once.
 *
 * Its own module, apart from the e2e `test` (support/hydrated.ts), so benches can import it outside the test runner.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(
    () => !('__next_f' in self) || document.documentElement.dataset.hydrated === 'true',
    null,
    { timeout: 20_000 },
  );
}
