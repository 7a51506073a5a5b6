import { expect, hydrating, test } from '../support/hydrated';
import { signConnectLink } from '../../lib/connect-links/token';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';

/**
 * Live by push: the support page's polling is slowed to once in ten minutes (`?poll=600000`, a floor the
 * page's polling rule honours), so when the row turns ACTIVE seconds after the end user's Allow, only the
 * emulator's webhook → console → SSE push can explain it. scripts/e2e-server.ts wires the webhooks.
 */
test('support watches a pending user; the end user authorizes elsewhere; the row and the timeline update by push', async ({
  page,
  browser,
}) => {
  const who = `push-${Date.now().toString(36)}@example.com`;
  expect(
    (await emulatorApi('POST', '/api/v1/connected_accounts', { connector: 'gmail', identifier: who })).status,
  ).toBe(201);
  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  const configId = configs.body.configs[0]!.id;

  await page.goto(`/users/${encodeURIComponent(who)}?config=${configId}&poll=600000`);
  const row = page.getByTestId('config-email-assistant').getByTestId('row-gmail');
  await expect(row.getByTestId('status')).toHaveText('Pending auth');
  await expect(page.getByTestId('live-status')).toContainText('Live: updates pushed');
  await expect(page.getByTestId('live-status')).toContainText('every 600s');
  const timeline = page.getByTestId('user-timeline');
  await expect(timeline).toContainText('Gmail account created');

  // The end user, in another browser context without a console session, follows a connect link.
  const { token } = signConnectLink(E2E.authSecret, { identifier: who, configId, lifetimeSeconds: 3600 });
  const other = await browser.newContext({ storageState: undefined });
  const user = hydrating(await other.newPage());
  await user.goto(`${E2E.consoleUrl}/connect/${token}`);
  await user.getByTestId('connect-gmail').getByRole('button', { name: 'Authorize' }).click();
  await expect(user.getByRole('heading', { name: /Authorize Gmail for/i })).toBeVisible();
  await user.getByRole('button', { name: 'Allow', exact: true }).click();
  await user.waitForURL(/\/connect\/v1\./);

  // Well inside the 600 s poll interval: the push did it.
  await expect(row.getByTestId('status')).toHaveText('Active', { timeout: 10_000 });
  await expect(timeline).toContainText('Gmail became ACTIVE', { timeout: 10_000 });
  await other.close();
});
