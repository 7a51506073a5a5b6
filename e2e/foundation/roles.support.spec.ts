import { expect, test } from '@playwright/test';
import { E2E } from '../support/e2e-env';

test('support sees its role and no Tokens page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(E2E.accounts.support.email).first()).toBeVisible();
  await expect(page.getByText('support', { exact: true }).first()).toBeVisible();
  const res = await page.goto('/tokens');
  expect(res?.status()).toBe(403);
});

test('support sees only its own audit entries', async ({ page }) => {
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: /audit/i }).first()).toBeVisible();
  await expect(page.getByText(E2E.accounts.admin.email)).toHaveCount(0);
});
