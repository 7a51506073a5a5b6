import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { emulatorApi, emulatorControl } from '../support/emulator';

async function account(identifier: string, connection: string, active: boolean) {
  const r = await emulatorApi<{ connected_account: { id: string } }>('POST', '/api/v1/connected_accounts', {
    connector: connection,
    identifier,
  });
  if (active) await emulatorControl('POST', `/accounts/${r.body.connected_account.id}/activate`);
}

/**
 * The status line and the rows under it follow one rule (isReady): a page whose rows are not all Active never
 * says "Everything shown is active", whichever view it is in.
 */
test('the user page status line agrees with its rows when they are in mixed states', async ({ page }) => {
  // A user of our own: the guide's two connections active, Slack (mapped elsewhere, not in this config) pending.
  const who = `mixed-${Date.now()}@example.com`;
  await Promise.all([
    account(who, 'MY_GMAIL', true),
    account(who, 'MY_CALENDAR', true),
    account(who, 'slack', false),
  ]);
  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=reminder-assistant', // maps exactly MY_GMAIL and MY_CALENDAR
  );
  const config = configs.body.configs[0]!.id;
  const status = page.getByTestId('live-status');
  const base = `/${E2E.environment}/users/${encodeURIComponent(who)}?config=${config}`;

  // By config: the chosen config's rows are all Active, and the line says so.
  await page.goto(base);
  await expect(page.getByTestId('config-reminder-assistant')).toContainText('ready');
  await expect(status).toContainText('Everything shown is active');

  // By connection: the Slack row shows too, not active, so the line must not claim everything is.
  await page.goto(`${base}&view=connections`);
  const slack = page.getByTestId('by-connection-slack');
  await expect(slack).toBeVisible();
  await expect(slack).not.toContainText('Active');
  await expect(status).toContainText('until everything is active');
  await expect(status).not.toContainText('Everything shown is active');

  // Every config by connection: rows that read "Not connected" keep the line from saying all is active.
  await page.goto(`/${E2E.environment}/users/${encodeURIComponent(who)}?view=connections`);
  await expect(page.getByText('Not connected', { exact: true }).first()).toBeVisible();
  await expect(status).not.toContainText('Everything shown is active');
});
