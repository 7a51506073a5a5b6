/**
 * Comparing environments on the e2e build: development and production are seeded differently on purpose
 * (emulator/src/store/seed-variants.ts): production runs an older email-assistant, lacks engineering-agent and
 * the notion connection, and has another connector behind googledrive.
 */
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';

const cell = (
  page: import('@playwright/test').Page,
  kind: 'config' | 'connection',
  row: string,
  env: string,
) => page.getByTestId(`${kind}-cell-${row}-${env}`);

test('the matrix shows configs same, differing and missing, and connections present, missing and behind another connector', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Compare environments', exact: true }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole('heading', { name: 'Compare environments', exact: true })).toBeVisible();

  // Each column says whether its environment answers; the default environment is the baseline.
  await expect(page.getByTestId('column-development')).toContainText('Baseline');
  await expect(page.getByTestId('column-production').getByText(/^Answering · \d+ ms$/)).toBeVisible();

  await expect(cell(page, 'config', 'email-assistant', 'development')).toHaveAttribute('data-state', 'same');
  await expect(cell(page, 'config', 'email-assistant', 'production')).toHaveAttribute(
    'data-state',
    'differs',
  );
  await expect(cell(page, 'config', 'email-assistant', 'production')).toContainText('Differs');
  await expect(cell(page, 'config', 'sales-agent', 'production')).toContainText('Same');
  const missing = cell(page, 'config', 'engineering-agent', 'production');
  await expect(missing).toContainText('Missing');
  await expect(missing).toContainText('Lacks notion');

  // The search is a plain form: its result is an address.
  await page.getByLabel('Search configs by name', { exact: true }).fill('engineering');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=engineering/);
  await expect(page.getByTestId('config-matrix').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('config-row-engineering-agent')).toBeVisible();

  await page.getByRole('link', { name: /^Connections \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/tab=connections/);
  await page.getByLabel('Search connections by name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(cell(page, 'connection', 'notion', 'production')).toContainText('Missing');
  await expect(cell(page, 'connection', 'notion', 'development')).toContainText('Present');
  await expect(cell(page, 'connection', 'googledrive', 'production')).toContainText('Other connector');
  await expect(cell(page, 'connection', 'gmail', 'production')).toContainText('Present');
});

test("a 'differs' cell opens the effective-tool diff per connection, as an address of its own", async ({
  page,
}) => {
  await page.goto('/compare');
  await cell(page, 'config', 'email-assistant', 'production').getByRole('link').click();
  await expect(page).toHaveURL(/\/compare\/configs\/email-assistant\?from=development&to=production$/);
  await expect(page.getByRole('heading', { name: 'email-assistant', exact: true })).toBeVisible();
  const gmail = page.getByTestId('pair-result').getByTestId('diff-gmail');
  await expect(gmail).toContainText('−1 tool');
  await gmail.getByText('1 tool lost', { exact: true }).click();
  await expect(gmail).toContainText('gmail_get_message_by_id');
  // Swapped, production's version against development's: the tool is gained.
  await page.getByRole('link', { name: 'Swap sides', exact: true }).click();
  await expect(page).toHaveURL(/from=production&to=development$/);
  await expect(page.getByTestId('pair-result').getByTestId('diff-gmail')).toContainText('+1 tool');
});

test("a config's page shows its twin in each other environment", async ({ page }) => {
  const id = async (name: string) =>
    (await emulatorApi<{ configs: { id: string }[] }>('GET', `/api/v1/mcp/configs?filter.name=${name}`)).body
      .configs[0]!.id;
  await page.goto(`/development/configs/${await id('engineering-agent')}`);
  const missing = page.getByTestId('config-twins').getByTestId('twin-production');
  await expect(missing).toHaveAttribute('data-state', 'missing');
  await expect(missing).toContainText('Lacks notion');

  await page.goto(`/development/configs/${await id('email-assistant')}`);
  const twins = page.getByTestId('config-twins');
  await expect(twins.getByRole('heading', { name: 'In other environments', exact: true })).toBeVisible();
  const twin = twins.getByTestId('twin-production');
  await expect(twin).toHaveAttribute('data-state', 'differs');
  await twin.getByRole('link', { name: 'See the differences', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/configs\/email-assistant\?from=development&to=production$/);
  await expect(page.getByTestId('diff-gmail')).toContainText('−1 tool');
});

test('a bad comparison address says what is wrong, never a 500', async ({ page }) => {
  // The page's own alert, not Next's route announcer (also role=alert).
  const alert = page.locator('#main').getByRole('alert');
  const res = await page.goto('/compare?tab=users&page=0');
  expect(res!.status()).toBeLessThan(500);
  await expect(alert).toContainText('tab must be configs or connections');
  await expect(alert).toContainText('page starts at 1');
  await page.goto('/compare?baseline=qa');
  await expect(alert).toContainText('"qa" is not an environment you can open');
  await page.goto('/compare/configs/email-assistant?from=development&to=development');
  await expect(alert).toContainText('from and to must be two different environments');
  await page.goto('/compare/configs/no-such-config?from=development&to=production');
  await expect(alert).toContainText('Neither development nor production has a config named');
});
