import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';

test('a newcomer promotes a config to production: blocked by a missing connection, fixed, promoted, in history', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Development has notion; production does not (the embedded production seed lacks it).
  const name = `e2e-promo-${Date.now().toString(36)}`;
  const created = await emulatorApi<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
    name,
    description: 'Promoted by the e2e suite',
    connection_tool_mappings: [
      { connection_name: 'gmail', tools: ['gmail_fetch_mails'] },
      { connection_name: 'notion', tools: [] },
    ],
  });
  expect(created.status).toBe(201);
  const id = created.body.config.id;

  // The newcomer compares the environments first: the config is development's only (search finds it).
  // (The comparison shares each environment's lists for a few seconds: a config made a moment ago may need a reload.)
  const cell = page.getByTestId(`config-cell-${name}-production`);
  await expect(async () => {
    await page.goto(`/compare?q=${name}`);
    await expect(cell).toHaveAttribute('data-state', 'missing', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId(`config-cell-${name}-development`)).toHaveAttribute('data-state', 'same');

  // From the config's page in development (its twin in production: missing): Promote, choose production, review.
  await page.goto(`/configs/${encodeURIComponent(id)}`);
  await expect(page.getByTestId('config-twins').getByTestId('twin-production')).toContainText('Missing');
  await page.getByRole('link', { name: 'Promote', exact: true }).click();
  await expect(page).toHaveURL(/\/development\/configs\/promote\?configs=/);
  await page.getByLabel('Target environment', { exact: true }).selectOption('production');
  await page.getByRole('button', { name: 'Review promotion', exact: true }).click();
  await expect(page).toHaveURL(/to=production/);

  // Blocked, with the reason, before anything is written.
  await expect(page.getByTestId('plan-problems')).toContainText(
    `${name}: the connection notion does not exist in this environment`,
  );
  await expect(page.getByTestId('promote-blocked')).toContainText('nothing has been written');
  await expect(
    page.getByRole('button', { name: 'Promote 1 config to production', exact: true }),
  ).toBeDisabled();

  // Fix it in development: take notion off the config in the editor.
  await page.goto(`/configs/${encodeURIComponent(id)}`);
  await page.getByRole('button', { name: 'Remove notion', exact: true }).click();
  await page.getByRole('button', { name: 'Review and save' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();

  // Promote again: the review compares with production (a create there), then the name typed to confirm.
  await page.getByRole('link', { name: 'Promote', exact: true }).click();
  await page.getByLabel('Target environment', { exact: true }).selectOption('production');
  await page.getByRole('button', { name: 'Review promotion', exact: true }).click();
  await expect(page.getByTestId('plan-summary')).toContainText('1 to create, 0 to update, 0 to delete');
  await expect(page.getByTestId('plan-problems')).toHaveCount(0);
  await expect(page.getByTestId(`planned-${name}`).getByTestId('diff-gmail')).toContainText('+1 tool');
  const promote = page.getByRole('button', { name: 'Promote 1 config to production', exact: true });
  await promote.click();
  await expect(page.getByRole('alert').filter({ hasText: 'type its name' })).toBeVisible();
  await page.getByLabel('Type production to confirm', { exact: true }).fill('production');
  await promote.click();
  const applied = page.getByTestId(`applied-${name}`);
  await expect(applied).toContainText('applied');

  // Production's history says where the version came from.
  await applied.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page).toHaveURL(/\/production\/configs\/.+\/history/);
  await expect(page.getByTestId('version-1')).toContainText(
    'promoted from development, version 2, by admin@example.com',
  );
});
