import type { Page } from '@playwright/test';
import { expect, hydrating, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';

test('support sees its role and no Tokens page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(E2E.accounts.support.email).first()).toBeVisible();
  await expect(page.getByText('support', { exact: true }).first()).toBeVisible();
  const res = await page.goto('/tokens');
  expect(res?.status()).toBe(403);
});

/** Makes one connect link for `who` from the user page: an audited action support and admin can both take. */
async function createConnectLink(page: Page, who: string) {
  await page.goto(`/users/${encodeURIComponent(who)}`);
  await page
    .getByTestId('config-email-assistant')
    .getByRole('button', { name: 'Create connect link' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  await expect(dialog.getByTestId('link-result')).toBeVisible();
}

test('support sees only its own audit entries', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const mine = `audit-support-${stamp}@example.com`;
  const theirs = `audit-admin-${stamp}@example.com`;
  for (const who of [mine, theirs])
    await emulatorApi('POST', '/api/v1/connected_accounts', { connector: 'gmail', identifier: who });

  // An admin entry exists and the admin sees it: so its absence below is the filter at work, not an empty log.
  const adminContext = await browser.newContext({ storageState: E2E.authFile('admin') });
  const admin = hydrating(await adminContext.newPage());
  await createConnectLink(admin, theirs);
  await admin.goto('/audit');
  await expect(admin.getByTestId('audit-log')).toContainText(theirs);
  await adminContext.close();

  await createConnectLink(page, mine);
  // Asking for the admin's entries in the URL changes nothing: the server pins the actor.
  await page.goto(`/audit?actor=${encodeURIComponent(E2E.accounts.admin.email)}`);
  await expect(page.getByRole('heading', { name: /audit/i }).first()).toBeVisible();
  const log = page.getByTestId('audit-log');
  await expect(log.getByTestId('audit-entry').filter({ hasText: mine })).toContainText(
    E2E.accounts.support.email,
  );
  await expect(log).not.toContainText(theirs);
  await expect(log.getByTestId('audit-entry').filter({ hasText: E2E.accounts.admin.email })).toHaveCount(0);
});
