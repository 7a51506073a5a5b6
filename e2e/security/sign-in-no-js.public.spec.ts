/**
 * Sign-in is a form that works before JavaScript: a plain POST of the form (a submit before hydration, or with
 * JavaScript off) signs in, and a refusal comes back as the page with the message. Playwright's own `test`: with
 * JavaScript off nothing hydrates, so the hydration wait of support/hydrated.ts does not apply.
 */
import { expect, test } from '@playwright/test';
import { E2E } from '../support/e2e-env';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, a wrong password is refused with the message, and the right one signs in', async ({
  page,
  context,
}) => {
  await page.goto('/sign-in?callbackUrl=%2Fconfigs');
  await page.getByLabel('Email').fill('nobody-no-js@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await context.cookies()).some((c) => c.name.includes('session-token'))).toBe(false);

  await page.getByLabel('Email').fill(E2E.accounts.support.email);
  await page.getByLabel('Password').fill(E2E.accounts.support.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/configs$/);
  await expect(page.getByText(E2E.accounts.support.email).first()).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name.includes('session-token'))?.httpOnly).toBe(true);
  expect(
    cookies.find((c) => c.name === 'mcp_device'),
    'a device cookie for the next sign-in',
  ).toMatchObject({
    httpOnly: true,
    sameSite: 'Lax',
  });
});
