import type { Page } from '@playwright/test';
import { expect, test } from '../support/hydrated';
import { emulatorApi, emulatorControl } from '../support/emulator';

/** A running count of the page's reads of one user's accounts (polls; the page's own load is server-side). */
function countPolls(page: Page, identifier: string): () => number {
  let n = 0;
  const path = `/api/users/${encodeURIComponent(identifier)}/accounts`;
  page.on('request', (r) => void (new URL(r.url()).pathname === path && n++));
  return () => n;
}

const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // React Query listens here
  }, state);

test('the user page polls while something is pending, pauses in a hidden tab, catches up on return, and stops when all are ACTIVE', async ({
  page,
}) => {
  // A user of our own, so no other spec sees the change: gmail and Google Calendar, both pending.
  const who = `poll-${Date.now()}@example.com`;
  const accounts = await Promise.all(
    ['gmail', 'googlecalendar'].map(async (connector) => {
      const r = await emulatorApi<{ connected_account: { id: string } }>(
        'POST',
        '/api/v1/connected_accounts',
        {
          connector,
          identifier: who,
        },
      );
      return r.body.connected_account.id;
    }),
  );
  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant', // maps exactly gmail and Google Calendar
  );
  const polls = countPolls(page, who);
  // Fake timers: the test moves time on instead of sleeping through the intervals.
  await page.clock.install();
  // push=off: the fallback rate (no webhooks, or the stream dropped); with push it is a 30 s safety net.
  await page.goto(`/users/${encodeURIComponent(who)}?config=${configs.body.configs[0]!.id}&push=off`);
  await expect(page.getByTestId('live-status')).toContainText('Live: checking every 3s');
  expect(polls()).toBe(0); // what the server rendered is not asked for again

  await page.clock.runFor(3_100);
  await expect.poll(polls).toBe(1);
  await page.clock.runFor(3_100);
  await expect.poll(polls).toBe(2);

  // A hidden tab asks nothing, however long it stays hidden.
  await setVisibility(page, 'hidden');
  await page.clock.runFor(20_000);
  expect(polls()).toBe(2);

  // Back to the tab, something still pending: it checks at once.
  await setVisibility(page, 'visible');
  await expect.poll(polls).toBe(3);

  // Everything shown turns ACTIVE: the next poll sees it, and then polling stops.
  for (const id of accounts) await emulatorControl('POST', `/accounts/${id}/activate`);
  await page.clock.runFor(3_100);
  await expect(page.getByTestId('live-status')).toContainText('live checks paused');
  const settled = polls();
  await page.clock.runFor(30_000);
  expect(polls()).toBe(settled);
});
