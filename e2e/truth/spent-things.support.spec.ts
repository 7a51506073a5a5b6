import { expect, hydrating, test } from '../support/hydrated';
import { emulatorApi, emulatorControl } from '../support/emulator';

async function emailAssistantId(): Promise<string> {
  const r = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  return r.body.configs[0]!.id;
}

async function account(connector: string, identifier: string, active = false): Promise<string> {
  const made = await emulatorApi<{ connected_account: { id: string } }>(
    'POST',
    '/api/v1/connected_accounts',
    {
      connector,
      identifier,
    },
  );
  expect(made.status).toBe(201);
  if (active) await emulatorControl('POST', `/accounts/${made.body.connected_account.id}/activate`);
  return made.body.connected_account.id;
}

test('a link for one connection touches only that connection; once used it cannot be copied, and says so', async ({
  page,
  browser,
}) => {
  const who = `spent-${Date.now().toString(36)}@example.com`;
  await account('gmail', who);
  await account('googlecalendar', who);
  const configId = await emailAssistantId();

  await page.goto(`/users/${encodeURIComponent(who)}?config=${configId}`);
  const card = page.getByTestId('config-email-assistant');
  // Connectors by their display name, in the list and in the timeline.
  await expect(card.getByTestId('row-googlecalendar')).toContainText('Google Calendar');
  const timeline = page.getByTestId('user-timeline');
  await expect(timeline).toContainText('Google Calendar account created');
  await expect(timeline).not.toContainText('Googlecalendar');

  const gmail = card.getByTestId('row-gmail');
  await gmail.getByRole('button', { name: 'Get auth link', exact: true }).click();
  const result = gmail.getByTestId('link-result');
  await expect(gmail.getByRole('button', { name: 'Copy auth link', exact: true })).toBeVisible();
  const url = (await result.locator('code').textContent())!;

  // Only Gmail's link was made: Calendar's account saw nothing.
  await expect(timeline).toContainText('Gmail authorization link created');
  await page.waitForTimeout(1500); // webhooks of one request arrive together; give a stray one time to show
  await expect(timeline).not.toContainText('Google Calendar authorization link created');
  await expect(timeline).not.toContainText('Googlecalendar authorization link created');

  // The user follows the link; the page (never reloaded) shows the link as spent.
  const other = await browser.newContext({ storageState: undefined });
  const user = hydrating(await other.newPage());
  await user.goto(url);
  await expect(user.getByRole('heading', { name: /Authorize Gmail for/i })).toBeVisible();
  await user.getByRole('button', { name: 'Allow', exact: true }).click();
  await other.close();

  await expect(gmail.getByTestId('status')).toHaveText('Active', { timeout: 15_000 });
  await expect(result).toContainText('This auth link was used');
  await expect(gmail.getByRole('button', { name: 'Copy auth link', exact: true })).toHaveCount(0);
});

test('the readiness tabs count what the search matches', async ({ page }) => {
  const tag = `tabs-${Date.now().toString(36)}`;
  const ready = `${tag}-ready@example.com`;
  const notReady = `${tag}-pending@example.com`;
  await account('gmail', ready, true);
  await account('googlecalendar', ready, true);
  await account('gmail', notReady);
  const configId = await emailAssistantId();

  await page.goto(`/users/readiness?config=${configId}&q=${tag}&refresh=1`);
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const tabs = page.getByRole('tablist', { name: 'Filter users' });
  await expect(tabs.getByRole('tab', { name: 'All (2)', exact: true })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: 'Ready (1)', exact: true })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: 'Not ready (1)', exact: true })).toBeVisible();
});
