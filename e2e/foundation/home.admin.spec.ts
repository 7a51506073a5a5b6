import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

test('the environment overview shows the emulator backend, its health and live counts', async ({ page }) => {
  const configs = await emulatorApi<{ total_size?: number }>('GET', '/api/v1/mcp/configs?page_size=1');
  const connections = await emulatorApi<{ total_size?: number; connections?: unknown[] }>(
    'GET',
    '/api/v1/connections/app?page_size=100',
  );
  const configTotal = configs.body.total_size;
  const connectionTotal = connections.body.total_size || connections.body.connections?.length;
  // The demo seed has both: a zero here would make the count checks below match an empty environment.
  expect(configTotal).toBeGreaterThan(0);
  expect(connectionTotal).toBeGreaterThan(0);

  // The environment's overview: the console's home ('/') has one card per environment instead.
  await page.goto(`/${E2E.environment}`);
  // The backend card in the page body, not the sidebar's backend label: which backend, where, and that it answers.
  const backend = page.getByTestId('backend-status');
  await expect(backend).toContainText('Embedded Scalekit AgentKit emulator');
  await expect(backend).toContainText(E2E.emulatorUrl);
  await expect(backend.getByText(/^Answering · \d+ ms$/)).toBeVisible();
  await expect(page.getByText(E2E.accounts.admin.email).first()).toBeVisible();
  await expect(page.getByText('admin', { exact: true }).first()).toBeVisible();
  // Exact live figures, so the "—" placeholder of a failed upstream call cannot pass.
  await expect(page.getByTestId('count-configs')).toHaveText(String(configTotal));
  await expect(page.getByTestId('count-connections')).toHaveText(String(connectionTotal));
  for (const name of ['Configs', 'Users', 'Tokens', 'Audit']) {
    await expect(page.getByRole('navigation').getByRole('link', { name })).toBeVisible();
  }
  await page.goto('/');
  await expect(page.getByTestId(`environment-${E2E.environment}`)).toBeVisible();
  await docScreenshot(page, 'home');
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
  await docScreenshot(page, 'home-dark');
});
