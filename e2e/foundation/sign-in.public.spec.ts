import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { docScreenshot } from '../support/screenshots';

test('a signed-out visitor is sent to sign-in and sees the demo accounts', async ({ page }) => {
  await page.goto('/configs');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('admin@example.com')).toBeVisible();
  await docScreenshot(page, 'sign-in');
});

test('a wrong password shows a clear error and does not sign in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(E2E.accounts.admin.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByText(/incorrect/i)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the session cookie is http-only', async ({ page, context }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(E2E.accounts.support.email);
  await page.getByLabel('Password').fill(E2E.accounts.support.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  const session = (await context.cookies()).find((c) => c.name.includes('session-token'));
  expect(session, 'an Auth.js session cookie').toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
});

test('unknown pages show the 404 page', async ({ page }) => {
  const res = await page.goto('/sign-in/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByText(/not found/i).first()).toBeVisible();
});
