import type { Page } from '@playwright/test';
import { expect, hydrating, test, waitForHydration } from '../support/hydrated';
import { signConnectLink } from '../../lib/connect-links/token';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

async function configId(name: string): Promise<string> {
  const r = await emulatorApi<{ configs: { id: string; name: string }[] }>(
    'GET',
    `/api/v1/mcp/configs?filter.name=${name}`,
  );
  return r.body.configs[0]!.id;
}

/** Allow on the emulator's hosted page, which sends the browser back to our verify step. */
async function authorizeOnProvider(page: Page, connector: RegExp) {
  await expect(page.getByRole('heading', { name: connector })).toBeVisible();
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/connect\/v1\./);
  await waitForHydration(page);
}

test('support hands a connect link to a user, who authorizes; both pages turn ACTIVE without a reload', async ({
  page,
  browser,
}) => {
  const who = `erin-${Date.now().toString(36)}@example.com`;
  // A user with one pending account (gmail) and one connection never started (googlecalendar).
  expect(
    (await emulatorApi('POST', '/api/v1/connected_accounts', { connector: 'gmail', identifier: who })).status,
  ).toBe(201);

  await page.goto('/users');
  await page.getByLabel('Search users').fill(who.slice(0, 2));
  await expect(page.getByText('Type at least 3 characters')).toBeVisible();
  await page.getByLabel('Search users').fill(who.split('@')[0]!);
  await page
    .getByTestId('search-results')
    .getByRole('link', { name: new RegExp(who) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/users/${encodeURIComponent(who)}`));

  const card = page.getByTestId('config-email-assistant');
  await expect(card.getByTestId('row-gmail').getByTestId('status')).toHaveText('Pending auth');
  await expect(card.getByTestId('row-googlecalendar').getByTestId('status')).toHaveText('Not connected');
  await expect(page.getByTestId('live-status')).toContainText(/Live: (checking every 3s|updates pushed)/);

  await docScreenshot(page, 'user');
  // Support cannot act on accounts (admin only), but can make links.
  await expect(page.getByRole('button', { name: 'Disconnect' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Create connect link' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('7 days').check();
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const url = (await dialog.getByTestId('link-result').locator('code').textContent())!;
  expect(url).toMatch(/\/connect\/v1\.[\w-]+\.[\w-]+$/);
  await expect(dialog.getByTestId('countdown')).toContainText(/6d|7d|167h|168h|h/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The end user: a separate browser context with no console session, on a phone-sized screen.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: undefined });
  const user = hydrating(await phone.newPage());
  await user.goto(url);
  await expect(user.getByRole('heading', { name: 'Connect your accounts' })).toBeVisible();
  await expect(user.getByText(who)).toBeVisible();
  await user.getByTestId('connect-gmail').getByRole('button', { name: 'Authorize' }).click();
  await authorizeOnProvider(user, /Authorize Gmail for/i);
  await expect(user.getByTestId('connect-gmail')).toContainText('Active');
  await user.getByTestId('connect-googlecalendar').getByRole('button', { name: 'Authorize' }).click();
  await authorizeOnProvider(user, /Authorize Google Calendar for/i);
  await expect(user.getByRole('status')).toContainText('You’re all set');
  await docScreenshot(user, 'connect-phone');
  // Nothing overflows sideways on the phone.
  expect(await user.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Meanwhile the support page, never reloaded, has caught up.
  await expect(card.getByTestId('row-gmail').getByTestId('status')).toHaveText('Active', { timeout: 15_000 });
  await expect(card.getByTestId('row-googlecalendar').getByTestId('status')).toHaveText('Active');
  await page.getByLabel('Config').selectOption({ label: 'email-assistant' });
  await expect(page.getByTestId('live-status')).toContainText('live checks paused');

  // The link was audited for this support user, without the link itself.
  await page.goto('/audit');
  await expect(page.getByText(`Created a 7 days connect link for email-assistant`).first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText(url.split('/connect/')[1]!);
  await phone.close();
});

test('a tampered, a foreign and an expired link each show a clear page that names nobody', async ({
  browser,
}) => {
  const id = await configId('email-assistant');
  const ctx = await browser.newContext({ storageState: undefined });
  const page = hydrating(await ctx.newPage());
  const good = signConnectLink(E2E.authSecret, {
    identifier: 'bob@example.com',
    configId: id,
    lifetimeSeconds: 600,
  });
  const [v, payload, sig] = good.token.split('.');
  const tampered = `${v}.${payload}.${sig!.slice(0, -3)}${sig!.endsWith('AAA') ? 'BBB' : 'AAA'}`;
  const foreign = signConnectLink('another-deployment-secret', {
    identifier: 'bob@example.com',
    configId: id,
    lifetimeSeconds: 600,
  });
  const expired = signConnectLink(E2E.authSecret, {
    identifier: 'bob@example.com',
    configId: id,
    lifetimeSeconds: 60,
    now: Date.now() - 120_000,
  });
  for (const [token, title] of [
    [tampered, 'This link is not valid'],
    [foreign.token, 'This link is not valid'],
    [expired.token, 'This link has expired'],
  ] as const) {
    await page.goto(`/connect/${token}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('body')).not.toContainText('bob@example.com');
    await expect(page.locator('body')).not.toContainText('email-assistant');
    // The API behind the page refuses it too.
    expect((await page.request.get(`/api/connect/${token}`)).status()).toBe(
      title.includes('expired') ? 410 : 404,
    );
    expect(
      (
        await page.request.post(`/api/connect/${token}/authorize`, { data: { connectionName: 'gmail' } })
      ).status(),
    ).toBeGreaterThanOrEqual(400);
  }
  // The genuine link works (proves the refusals above are about the tampering, not the setup).
  await page.goto(`/connect/${good.token}`);
  await expect(page.getByRole('heading', { name: 'Connect your accounts' })).toBeVisible();
  await ctx.close();
});
