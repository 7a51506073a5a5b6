import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { docScreenshot } from '../support/screenshots';

/** A typo is not a customer: an identifier with no connected account anywhere says so, and offers a first link. */
test('an identifier with no connected account opens a page that says it is unknown, and offers a first connect link', async ({
  page,
}) => {
  const nobody = `nobody-${Date.now()}@example.com`;
  await page.goto(`/${E2E.environment}/users/${encodeURIComponent(nobody)}`);
  const unknown = page.getByTestId('unknown-user');
  await expect(unknown).toContainText(`No connected account for ${nobody}`);
  await expect(unknown.getByRole('button', { name: 'Create connect link', exact: true })).toBeVisible();
  // None of the per-config cards that make a typo look like a real customer.
  await expect(page.getByText('Not connected', { exact: true })).toHaveCount(0);
  await expect(page.locator('[data-testid^="config-"]')).toHaveCount(0);
  await docScreenshot(page, 'user-unknown');

  // The first link is real: it can be created from here.
  await unknown.getByRole('button', { name: 'Create connect link', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Create link', exact: true }).click();
  await expect(dialog.getByTestId('link-result')).toBeVisible();
});

test('suggestions come from the accounts that exist: an unknown identifier is not remembered as a lookup', async ({
  page,
}) => {
  const nobody = `typo-${Date.now()}@example.com`;
  await page.goto(`/${E2E.environment}/users/${encodeURIComponent(nobody)}`);
  await expect(page.getByTestId('unknown-user')).toBeVisible();
  await page.goto(`/${E2E.environment}/users/alice%40example.com`);
  await expect(page.getByTestId('unknown-user')).toHaveCount(0);

  await page.goto(`/${E2E.environment}/users`);
  const recent = page.getByTestId('recent-lookups');
  await expect(recent).toContainText('alice@example.com');
  await expect(recent).not.toContainText(nobody);

  const search = page.getByRole('textbox', { name: 'Search users' });
  await search.fill('alice@exa');
  await expect(page.getByTestId('search-results')).toContainText('alice@example.com');
  await search.fill(nobody);
  await expect(page.getByText(`No user matches “${nobody}”`)).toBeVisible();
});
