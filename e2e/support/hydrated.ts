import type { Page } from '@playwright/test';

/**
 * Goes to a page and waits until React has hydrated it (`app/providers.tsx` marks <html>). On a loaded machine
 * server-rendered buttons are visible well before they respond: a click before hydration is lost.
 */
export async function gotoHydrated(page: Page, url: string) {
  const res = await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  return res;
}

/** After a navigation the test did not start itself (a redirect back from the provider's page). */
export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}
