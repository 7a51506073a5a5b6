import { expect, test } from '../support/hydrated';

// Simple forms are `<form action>` over server actions: submitted before the page's JavaScript has loaded, or with
// JavaScript off, they still do their job (the server runs the action and renders the page with its result).
test.use({ javaScriptEnabled: false });

test('with JavaScript off, an admin looks a user up, gets an auth link and a connect link, and mints a token', async ({
  page,
}) => {
  await page.goto('/users');
  await page.getByRole('textbox', { name: 'Search users' }).fill('bob@example.com');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page).toHaveURL(/\/users\/bob%40example\.com$/);
  await expect(page.getByRole('heading', { name: 'bob@example.com', exact: true })).toBeVisible();

  // An auth link for one connection: the row's form, answered with the link on the page.
  const row = page.getByTestId('config-email-assistant').getByTestId('row-googlecalendar');
  await row.getByRole('button', { name: 'Get auth link', exact: true }).click();
  await expect(
    page.getByTestId('config-email-assistant').getByTestId('row-googlecalendar').getByTestId('link-result'),
  ).toContainText('http');

  // A connect link: the dialog opens by the platform's invoker command and its form posts without a script.
  const card = page.getByTestId('config-email-assistant');
  await card.getByRole('button', { name: 'Create connect link', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Connect link for bob@example.com' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: '1 hour' }).check();
  await dialog.getByRole('button', { name: 'Create link', exact: true }).click();
  await expect(page.getByTestId('link-result').filter({ hasText: '/connect/' }).first()).toBeVisible();

  // A session token for a ready user.
  await page.goto('/tokens');
  await page.locator('#config').selectOption({ label: 'email-assistant' });
  await page.locator('#identifier').fill('alice@example.com');
  await page.getByRole('button', { name: 'Mint token', exact: true }).click();
  await expect(page.getByTestId('claim-sub')).toHaveText('alice@example.com');
});

test('with JavaScript off, a form says what to fix', async ({ page }) => {
  await page.goto('/tokens');
  await page.locator('#config').selectOption({ label: 'email-assistant' });
  await page.getByRole('button', { name: 'Mint token', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('Enter the user identifier');
});

test('with JavaScript off, the config editor says it needs JavaScript', async ({ page }) => {
  await page.goto('/configs/new');
  await expect(page.getByText('The config editor needs JavaScript')).toBeVisible();
});
