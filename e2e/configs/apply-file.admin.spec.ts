import { E2E } from '../support/e2e-env';
import { expect, test } from '../support/hydrated';

test('an admin pastes a configs file, reads the plan, applies it, and finds the change in history and audit', async ({
  page,
}) => {
  const name = `e2e-file-${Date.now().toString(36)}`;
  const file = (connection: string) => `version: 1
configs:
  ${name}:
    description: Applied from a file by the e2e suite
    connections:
      ${connection}:
        connector: gmail
        tools:
          - gmail_fetch_mails
          - gmail_send_message
`;
  await page.goto('/configs/apply');
  await page.getByLabel('File name', { exact: true }).fill('team.yaml');

  // A connection name typed wrong is named before anything is written, and nothing can be applied.
  await page.getByLabel('Configs file', { exact: true }).fill(file('gmial'));
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(page.getByTestId('plan-problems')).toContainText(
    'the connection gmial does not exist in this environment',
  );
  await expect(
    page.getByRole('button', { name: `Apply 1 change to ${E2E.environment}`, exact: true }),
  ).toBeDisabled();

  await page.getByLabel('Configs file', { exact: true }).fill(file('gmail'));
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(page.getByTestId('plan-summary')).toContainText('1 to create, 0 to update, 0 to delete');
  const planned = page.getByTestId(`planned-${name}`);
  await expect(planned).toContainText('create');
  await expect(planned.getByTestId('diff-gmail')).toContainText('+2 tools');
  await expect(page.getByTestId('plan-problems')).toHaveCount(0);

  await page.getByRole('button', { name: `Apply 1 change to ${E2E.environment}`, exact: true }).click();
  const applied = page.getByTestId(`applied-${name}`);
  await expect(applied).toContainText('applied');
  await expect(page.getByTestId('apply-result')).toContainText(`Applied 1 change(s) to ${E2E.environment}`);

  await applied.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page).toHaveURL(/\/configs\/.+\/history/);
  await expect(page.getByTestId('version-1')).toContainText(/applied from file team\.yaml \([0-9a-f]{12}\)/);

  await page.goto(`/audit?action=config.create&target=`);
  await expect(
    page.getByText(`Created ${name} in ${E2E.environment}, applied from file team.yaml`, { exact: false }),
  ).toBeVisible();
});

test('the paste form plans before any JavaScript has run', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: E2E.authFile('admin') });
  const page = await context.newPage();
  await page.goto('/configs/apply');
  await page
    .getByLabel('Configs file', { exact: true })
    .fill('version: 1\nconfigs:\n  no-js-plan:\n    connections:\n      gmail:\n        tools: all\n');
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(page.getByTestId('plan-summary')).toContainText('1 to create');
  await expect(page.getByTestId('planned-no-js-plan')).toContainText('create');
  await context.close();
});
