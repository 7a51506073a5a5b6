import { expect, test } from '../support/hydrated';
import { signConnectLink } from '../../lib/connect-links/token';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';

// An end user on a slow phone presses Authorize the moment the page shows: the button is a plain form, so it
// works before the page's JavaScript has loaded, and with none at all.
test.use({ javaScriptEnabled: false });

test('with JavaScript off, the end user authorizes a connection and comes back to it active', async ({
  page,
}) => {
  const who = `nojs-${Date.now().toString(36)}@example.com`;
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
  await page.getByTestId('connect-gmail').getByRole('button', { name: 'Authorize', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Authorize Gmail for/i })).toBeVisible();
  await page.getByRole('button', { name: 'Allow', exact: true }).click();
  await page.waitForURL(/\/connect\/v1\.[^?]+\?connected=1$/);
  await expect(page.getByTestId('connect-gmail')).toContainText('Active');
});
