import { expect, test } from '@playwright/test';
import { consolePaths, expectAccessible } from '../support/axe';

test('every console page has no serious or critical accessibility violations (admin)', async ({ page }) => {
  test.setTimeout(180_000);
  const paths = await consolePaths();
  for (const path of paths) await expectAccessible(page, path);
});

test('the console works at 390 px without sideways page scroll (admin)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of await consolePaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    if (scroll > inner) throw new Error(`${path} is ${scroll} px wide in a ${inner} px view`);
  }
});

test('a keyboard user reaches the skip link first and lands on the content', async ({ page }) => {
  await page.goto('/configs');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('arrow keys and Enter in user search open the highlighted suggestion, not the typed text', async ({
  page,
}) => {
  await page.goto('/users');
  const box = page.getByLabel('Search users');
  await box.fill('example');
  const results = page.getByTestId('search-results').getByRole('link');
  await expect(results.nth(1)).toBeVisible();
  const second = (await results.nth(1).locator('span').first().textContent())!;
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(results.nth(1)).toHaveAttribute('aria-current', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/users/${encodeURIComponent(second).replace(/[.]/g, '\\.')}$`));
});
