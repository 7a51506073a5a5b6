import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

type Cfg = { id: string; connection_tool_mappings: { tools?: string[] }[] };

async function mappedTools(name: string) {
  const r = await emulatorApi<{ configs: Cfg[] }>('GET', `/api/v1/mcp/configs?filter.name=${name}`);
  return r.body.configs[0].connection_tool_mappings.flatMap((m) => m.tools ?? []).sort();
}

test('an admin mints a token for a ready user, copies it, and previews exactly the mapped tools', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/tokens');
  await page.locator('select#config').selectOption({ label: 'email-assistant' });
  await page.locator('input#identifier').fill('alice@example.com');
  await expect(page.getByText('Every connection is ACTIVE')).toBeVisible();
  await page.getByLabel('Expiry').selectOption({ label: '1 hour' });
  await page.getByRole('button', { name: 'Mint token' }).click();
  await expect(page.getByTestId('claim-sub')).toHaveText('alice@example.com');
  await expect(page.getByTestId('claim-access')).toHaveText('FULL');
  await expect(page.getByTestId('token-value')).toContainText('•');
  await page.getByRole('button', { name: 'Copy token' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('.')).toHaveLength(3);
  await page.getByRole('button', { name: 'Reveal token' }).click();
  await expect(page.getByTestId('token-value')).toHaveText(copied);
  await expect(page.getByTestId('countdown')).toHaveText(/59m|1h 0m/);
  await page.getByRole('tab', { name: 'curl (initialize)' }).click();
  await expect(page.getByTestId('snippet')).toContainText('"method":"initialize"');

  await page.getByRole('button', { name: 'List tools' }).click();
  await expect(page.getByTestId('preview-tool-name').first()).toBeVisible();
  const names = (await page.getByTestId('preview-tool-name').allTextContents()).sort();
  expect(names).toEqual(await mappedTools('email-assistant'));
  await page.getByRole('button', { name: /gmail_fetch_mails/ }).click();
  await page.getByLabel('max_results').fill('2');
  await page.getByRole('button', { name: 'Call tool' }).click();
  await expect(page.getByTestId('tool-result')).toContainText('alice@example.com');
  await docScreenshot(page, 'tokens', { fullPage: true });

  await expect(page.getByTestId('ledger')).toContainText('alice@example.com');
  await expect(page.getByTestId('ledger')).not.toContainText(copied.split('.')[2]);
});

test('a READ_ONLY preview lists only read-only tools', async ({ page }) => {
  await page.goto('/tokens');
  await page.locator('select#config').selectOption({ label: 'email-assistant' });
  await page.locator('input#identifier').fill('alice@example.com');
  await page.getByLabel('Read-only tools only').check();
  await expect(page.getByText('Every connection is ACTIVE')).toBeVisible();
  await page.getByRole('button', { name: 'List tools' }).click();
  await expect(page.getByTestId('preview-tool-name').first()).toBeVisible();
  const names = await page.getByTestId('preview-tool-name').allTextContents();
  expect(names).toContain('gmail_fetch_mails');
  expect(names).not.toContain('gmail_send_message');
  expect(names).not.toContain('googlecalendar_create_event');
  await expect(page.getByTestId('preview-tools').getByText('write', { exact: true })).toHaveCount(0);
});

test('minting for a user with a pending connection says which one and offers a link', async ({ page }) => {
  await page.goto('/tokens');
  await page.locator('select#config').selectOption({ label: 'email-assistant' });
  await page.locator('input#identifier').fill('bob@example.com');
  await expect(page.getByText(/Not ready: googlecalendar is not ACTIVE/)).toBeVisible();
  // The button stays enabled (the form works before JavaScript; the server refuses a user who is not ready).
  await page.getByRole('button', { name: 'Get auth link' }).click();
  await expect(page.getByTestId('readiness').locator('code')).toContainText('/connect/authorize/');
});
