import type { Page, Request } from '@playwright/test';
import { expect, test } from '../support/hydrated';
import { consolePaths, publicPaths } from '../support/axe';
import { emulatorApi } from '../support/emulator';

/** Data requests the page makes by itself (fetch/XHR; the push stream is an EventSource and not counted). */
function countDataRequests(page: Page): () => string[] {
  const seen: string[] = [];
  const onRequest = (r: Request) => {
    if (r.resourceType() === 'fetch' || r.resourceType() === 'xhr') seen.push(new URL(r.url()).pathname);
  };
  page.on('request', onRequest);
  return () => seen;
}

// One way to load data: the server renders a page with its data and hands it to the browser's cache, so nothing
// is read again when the page mounts (and no panel loads its data after the page, as deferred panels did).
test('a user page with nothing pending makes no request in its first 2 s after hydration', async ({
  page,
}) => {
  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  const requests = countDataRequests(page);
  // alice is ACTIVE on every connection of email-assistant: nothing is pending, so nothing is polled either.
  await page.goto(`/users/alice%40example.com?config=${configs.body.configs[0]!.id}`);
  await expect(page.getByTestId('live-status')).toContainText('live checks paused');
  await expect(page.getByTestId('user-timeline')).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(requests()).toEqual([]);
});

test('no console or public page fetches its data again after it has loaded', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of [...(await consolePaths()), ...(await publicPaths())]) {
    const requests = countDataRequests(page);
    await page.goto(path);
    await page.waitForTimeout(2_000);
    expect(requests(), path).toEqual([]);
    page.removeAllListeners('request');
  }
});
