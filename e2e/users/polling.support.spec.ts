import type { Page } from '@playwright/test';
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';

/** Counts the page's polls of one user's accounts route during `ms`. */
async function pollsDuring(page: Page, identifier: string, ms: number): Promise<number> {
  let n = 0;
  const path = `/api/users/${encodeURIComponent(identifier)}/accounts`;
  const onRequest = (r: { url: () => string }) => void (new URL(r.url()).pathname === path && n++);
  page.on('request', onRequest);
  await page.waitForTimeout(ms);
  page.off('request', onRequest);
  return n;
}

test('the user page polls while something is pending, pauses in a hidden tab, and stops when all are ACTIVE', async ({
  page,
}) => {
  // bob: gmail and slack ACTIVE, googlecalendar PENDING_AUTH (demo seed).
  await page.goto('/users/bob%40example.com?config=cfg_gone'); // unknown config: nothing shown, nothing to watch
  await expect(page.getByText('That config does not exist')).toBeVisible();
  await expect(page.getByTestId('live-status')).toContainText('live checks paused');
  await page.waitForLoadState('networkidle'); // the one read on mount is not polling
  expect(await pollsDuring(page, 'bob@example.com', 4_000)).toBe(0);

  // push=off: this is the fallback (no webhooks, stream dropped); with push the rate is the 30 s safety net.
  await page.goto('/users/bob%40example.com?push=off');
  await expect(page.getByTestId('live-status')).toContainText('Live: checking every 3s');
  // 3 s after each answer, and counting starts as the panel mounts: 9 s leaves room for two slow answers.
  expect(await pollsDuring(page, 'bob@example.com', 9_000)).toBeGreaterThanOrEqual(2);

  // Hide the tab the way the browser does: React Query stops the interval.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // as browsers fire it: React Query listens on window
  });
  await page.waitForTimeout(500); // a poll already in flight may land
  expect(await pollsDuring(page, 'bob@example.com', 7_000)).toBe(0);

  // Back to the tab: it checks at once. Counting starts first: the check can leave inside the event itself.
  const onReturn = pollsDuring(page, 'bob@example.com', 2_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // as browsers fire it: React Query listens on window
  });
  expect(await onReturn).toBeGreaterThanOrEqual(1);

  // alice is ACTIVE on every connection of email-assistant: shown alone, one load, then no polling at all.
  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  await page.goto(`/users/alice%40example.com?config=${configs.body.configs[0]!.id}`);
  await expect(page.getByTestId('live-status')).toContainText('live checks paused');
  await page.waitForLoadState('networkidle'); // the one read on mount (late on a loaded machine) is not polling
  expect(await pollsDuring(page, 'alice@example.com', 7_000)).toBe(0);
});
