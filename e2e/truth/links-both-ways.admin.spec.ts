import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';

async function createConfig(prefix: string): Promise<{ id: string; name: string }> {
  const name = `${prefix}-${Date.now().toString(36)}`;
  const r = await emulatorApi<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
    name,
    description: 'made by the e2e suite',
    connection_tool_mappings: [
      { connection_name: 'gmail', tools: [] },
      { connection_name: 'googlecalendar', tools: [] },
    ],
  });
  expect(r.status).toBe(201);
  return { id: r.body.config.id, name };
}

test('the config editor’s connection cards link to the connection’s page', async ({ page }) => {
  const { id } = await createConfig('e2e-cards');
  await page.goto(`/configs/${id}`);
  const card = page.getByTestId('mapping-googlecalendar');
  const link = card.getByRole('link', { name: 'Open the googlecalendar connection', exact: true });
  await expect(link).toHaveAttribute('href', /\/connections\/googlecalendar$/);
  await link.click();
  await expect(page).toHaveURL(/\/connections\/googlecalendar$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Google Calendar');
});

test('a deleted config’s address says it was deleted, by whom and when', async ({ page }) => {
  const { id, name } = await createConfig('e2e-gone');
  await page.goto(`/configs/${id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByRole('button', { name: 'Delete config', exact: true }).click();
  await expect(page).toHaveURL(/\/configs$/);

  await page.goto(`/configs/${id}`);
  const gone = page.getByTestId('config-deleted');
  await expect(gone).toContainText(`${name} was deleted`);
  await expect(gone).toContainText(`by ${E2E.accounts.admin.email}`);
  await expect(gone.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(gone.getByRole('link', { name: 'See its history', exact: true })).toHaveAttribute(
    'href',
    new RegExp(`/configs/${id}/history$`),
  );
  await expect(page.getByText('This page could not be found')).toHaveCount(0);

  // An id the console never knew is still the plain not-found page.
  const res = await page.goto('/configs/never-was-a-config');
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId('config-deleted')).toHaveCount(0);
});
