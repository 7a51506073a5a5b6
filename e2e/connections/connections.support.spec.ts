import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';

test('support answers "who has an expired Gmail?" from the Connections page in three clicks', async ({
  page,
}) => {
  await page.goto(`/${E2E.environment}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Connections', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
  await page.getByTestId('connections-table').getByRole('link', { name: 'Gmail', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Gmail', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: /^Expired \(\d+\)$/ }).click();
  const users = page.getByTestId('connection-users');
  await expect(users.getByRole('link', { name: 'carol@example.com', exact: true })).toBeVisible();
  // Only expired accounts are listed: alice's gmail is active.
  await expect(users.getByRole('link', { name: 'alice@example.com', exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/\/connections\/gmail\?status=EXPIRED$/);
  // The connection leads to the configs that map it.
  await expect(page.getByRole('link', { name: 'email-assistant', exact: true })).toBeVisible();
});

test('a config page leads to its users and readiness', async ({ page }) => {
  await page.goto('/configs');
  await page.getByRole('link', { name: 'email-assistant', exact: true }).click();
  await page.getByRole('link', { name: 'Users and readiness', exact: true }).click();
  await expect(page).toHaveURL(/\/users\/readiness\?config=/);
  await expect(page.getByTestId('readiness-grid')).toContainText('carol@example.com');
});

test('the home counts and overview items are links', async ({ page }) => {
  await page.goto(`/${E2E.environment}`);
  await page.getByTestId('count-connections').click();
  await expect(page).toHaveURL(/\/connections$/);
  await page.goto(`/${E2E.environment}`);
  await page.getByTestId('count-configs').click();
  await expect(page).toHaveURL(/\/configs$/);
  await page.goto(`/${E2E.environment}`);
  await page
    .getByTestId('home-readiness')
    .getByRole('link', { name: /email-assistant/ })
    .click();
  await expect(page).toHaveURL(/\/users\/readiness\?config=/);
  await page.goto(`/${E2E.environment}`);
  await page
    .getByTestId('home-broken')
    .getByRole('link', { name: /expired/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/connections\/[^/]+\?status=EXPIRED$/);
});

test('a user page shows each connection once with the configs it serves, each a link', async ({ page }) => {
  await page.goto('/users/carol%40example.com');
  await page.getByRole('tab', { name: 'By connection', exact: true }).click();
  const gmail = page.getByTestId('by-connection-gmail');
  await expect(gmail).toHaveCount(1);
  await expect(gmail).toContainText('Expired');
  await gmail.getByRole('link', { name: 'gmail', exact: true }).click();
  await expect(page).toHaveURL(/\/connections\/gmail$/);
});
