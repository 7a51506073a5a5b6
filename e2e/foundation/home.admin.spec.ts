import { expect, test } from '@playwright/test';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';

test('the admin home page shows the emulator backend, its health and live counts', async ({ page }) => {
  const configs = await emulatorApi<{ total_size?: number }>('GET', '/api/v1/mcp/configs?page_size=1');
  await page.goto('/');
  await expect(page.getByText(/emulator/i).first()).toBeVisible();
  await expect(page.getByText(E2E.accounts.admin.email).first()).toBeVisible();
  await expect(page.getByText('admin', { exact: true }).first()).toBeVisible();
  const configCount = page.getByTestId('count-configs');
  await expect(configCount).toHaveText(String(configs.body.total_size ?? 0));
  await expect(page.getByTestId('count-connections')).not.toHaveText('0');
  for (const name of ['Configs', 'Users', 'Tokens', 'Audit']) {
    await expect(page.getByRole('navigation').getByRole('link', { name })).toBeVisible();
  }
  await page.screenshot({ path: 'docs/screenshots/home.png' });
});

test('the theme toggle switches to dark mode and it sticks across reloads', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /theme/i }).click();
  const dark = page.getByRole('menuitem', { name: /dark/i }).or(page.getByRole('button', { name: /dark/i }));
  if (await dark.count()) await dark.first().click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.screenshot({ path: 'docs/screenshots/home-dark.png' });
});
