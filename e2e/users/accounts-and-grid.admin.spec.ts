import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

async function account(identifier: string, connector: string) {
  const r = await emulatorApi<{ connected_account: { id: string; status?: string } }>(
    'GET',
    `/api/v1/connected_accounts/details?connector=${connector}&identifier=${encodeURIComponent(identifier)}`,
  );
  return r.status === 200 ? r.body.connected_account : null;
}

test('an admin disconnects and deletes an account, each after confirming', async ({ page }) => {
  const who = `frank-${Date.now().toString(36)}@example.com`;
  await emulatorApi('POST', '/api/v1/connected_accounts', {
    connector: 'slack',
    identifier: who,
    connected_account: { authorization_details: { oauth_token: { access_token: 'x', refresh_token: 'y' } } },
  });
  expect((await account(who, 'slack'))?.status).toBe('ACTIVE');

  await page.goto(`/users/${encodeURIComponent(who)}`);
  const row = page.getByTestId('config-sales-agent').getByTestId('row-slack');
  await expect(row.getByTestId('status')).toHaveText('Active');
  await row.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('dialog')).toContainText('revokes the stored tokens');
  await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
  await expect(row.getByTestId('status')).toHaveText('Disconnected');
  expect((await account(who, 'slack'))?.status).toBe('DISCONNECTED');
  // Polling resumed: something shown is no longer ACTIVE.
  await expect(page.getByTestId('live-status')).toContainText('Live');

  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Delete the slack account/ });
  await expect(dialog.getByRole('button', { name: 'Delete account' })).toBeDisabled();
  await dialog.getByLabel('Type slack to confirm').fill('slack');
  await dialog.getByRole('button', { name: 'Delete account' }).click();
  await expect(row.getByTestId('status')).toHaveText('Not connected');
  expect(await account(who, 'slack')).toBeNull();

  await page.goto('/audit');
  await expect(page.getByText(/Disconnected slack/).first()).toBeVisible();
  await expect(page.getByText(/Deleted the slack account/).first()).toBeVisible();
});

test('the readiness grid filters, counts, pages, exports CSV and makes bulk links', async ({ page }) => {
  await page.goto('/users/readiness');
  await page.getByLabel('Config').selectOption({ label: 'email-assistant' });
  const grid = page.getByTestId('readiness-grid');
  await expect(grid).toContainText('alice@example.com');
  const summary = page.getByTestId('grid-summary');
  await expect(summary).toContainText(/upstream calls to build/);

  await page.getByRole('tab', { name: /^Not ready/ }).click();
  await expect(grid).not.toContainText('alice@example.com'); // ready everywhere
  await docScreenshot(page, 'readiness');
  await page.getByLabel('Search identifiers').fill('carol@');
  await expect(grid.locator('tbody tr')).toHaveCount(1);
  await expect(grid).toContainText('Expired');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV' }).click();
  const csv = await (await download).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString();
  });
  expect(csv.split('\r\n')[0]).toBe('identifier,gmail,googlecalendar,ready');
  expect(csv).toContain('carol@example.com,EXPIRED,ACTIVE,no');
  expect(csv).not.toContain('alice@example.com');

  await page.getByRole('button', { name: 'Connect links for not-ready users' }).click();
  const bulk = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Create and download' }).click();
  const links = await (await bulk).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString();
  });
  const lines = links.trim().split('\r\n');
  expect(lines[0]).toBe('identifier,connect_link,expires_at');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^carol@example\.com,http:\/\/[^,]+\/connect\/v1\.[\w-]+\.[\w-]+,20\d\d-/);

  // Paging: the full view of the seeded users spans pages of 50.
  await page.getByLabel('Search identifiers').fill('');
  await page.getByRole('tab', { name: /^All/ }).click();
  // The demo seed has a few hundred users: wait for the unfiltered view (the search is debounced).
  await expect(page.getByText(/Page 1 of ([2-9]|\d\d)/)).toBeVisible();
  await expect(grid.locator('tbody tr')).toHaveCount(50);
  const firstOnPage1 = await grid.locator('tbody tr').first().textContent();
  await page.getByRole('button', { name: 'Next' }).click();
  // Other journeys add users meanwhile and webhooks refresh the snapshot at once: the page count may grow.
  await expect(page.getByText(/Page 2 of ([2-9]|\d\d)/)).toBeVisible();
  await expect(grid.locator('tbody tr').first()).not.toHaveText(firstOnPage1!);
});
