import { expect, test } from '../support/hydrated';

test('support sees configs read-only, with no edit controls', async ({ page }) => {
  await page.goto('/configs');
  await expect(page.getByRole('link', { name: 'New config' })).toHaveCount(0);
  await page.getByRole('link', { name: 'email-assistant' }).click();
  await expect(page.getByText('Read-only: your role can view configs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review and save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clone', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('tool-list-gmail').getByRole('checkbox').first()).toBeDisabled();
  const res = await page.goto('/configs/new');
  expect(res?.status()).toBe(403);
});
