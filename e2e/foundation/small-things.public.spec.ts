/**
 * Small things seen before signing in: the tab has an icon (and no 404 for it), and the emulator's hosted
 * authorization page, opened from a link on a phone, fits the phone.
 */
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

test('the sign-in page has a favicon a signed-out browser can load', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto('/sign-in');
  const link = page.locator('link[rel~="icon"]');
  expect(await link.count(), 'a <link rel="icon"> in the head').toBeGreaterThan(0);
  const href = await link.first().getAttribute('href');
  // Not sent to sign-in: the icon is public.
  const icon = await page.request.get(href!, { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
  const legacy = await page.request.get('/favicon.ico', { maxRedirects: 0 });
  expect(legacy.status()).toBe(200);
  expect(legacy.headers()['content-type']).toMatch(/^image\//);
  expect(missing).toEqual([]);
});

test("the emulator's hosted authorize page fits a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const r = await emulatorApi<{ link: string }>('POST', '/api/v1/connected_accounts/magic_link', {
    connector: 'googlecalendar',
    identifier: 'bob@example.com',
  });
  expect(r.status).toBe(200);
  await page.goto(r.body.link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Authorize');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the page scrolls sideways').toBeLessThanOrEqual(390);
  for (const el of [
    page.locator('main'),
    page.getByRole('button', { name: 'Allow', exact: true }),
    page.getByRole('button', { name: 'Deny', exact: true }),
  ]) {
    const box = (await el.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await docScreenshot(page, 'authorize-phone');
});
