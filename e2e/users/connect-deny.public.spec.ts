import { expect, test } from '../support/hydrated';
import { signConnectLink } from '../../lib/connect-links/token';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';

test('the end user denies on the provider page, returns to a clear notice, and authorizes after all', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const who = `dana-${Date.now().toString(36)}@example.com`;
  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  const link = signConnectLink(E2E.authSecret, {
    identifier: who,
    configId: configs.body.configs[0]!.id,
    lifetimeSeconds: 600,
  });
  await page.goto(`/connect/${link.token}`);
  const gmail = page.getByTestId('connect-gmail');
  // Connector labels and pictures, not raw connection names.
  await expect(gmail).toContainText('Gmail');
  await expect(page.getByTestId('connect-googlecalendar')).toContainText('Google Calendar');
  await expect(page.getByText('googlecalendar', { exact: true })).toHaveCount(0);

  await gmail.getByRole('button', { name: 'Authorize' }).click();
  await expect(page.getByRole('heading', { name: /Authorize Gmail for/i })).toBeVisible();
  await page.getByRole('button', { name: 'Deny' }).click();
  await page.waitForURL(/\/connect\/v1\.[^?]+\?denied=1$/);
  await expect(page.getByTestId('connect-notice')).toContainText('You chose not to connect');
  await expect(page.getByTestId('connect-notice')).toContainText('Press Authorize to try again');

  await gmail.getByRole('button', { name: 'Authorize' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/connect\/v1\.[^?]+\?connected=1$/);
  await expect(gmail).toContainText('Active');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
