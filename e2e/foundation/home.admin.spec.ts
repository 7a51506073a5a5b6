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
  // The toggle cycles light -> dark -> system; click until it says dark (headless starts on "system", light).
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  for (let i = 0; i < 3 && !/Theme: dark/.test((await toggle.getAttribute('aria-label')) ?? ''); i++)
    await toggle.click();
  await expect(toggle).toHaveAttribute('aria-label', /Theme: dark/);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.screenshot({ path: 'docs/screenshots/home-dark.png' });
});
