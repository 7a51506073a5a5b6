import { expect, test } from '../support/hydrated';
import { consolePaths, expectAccessible } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { settle } from '../support/settle';

test('every console page has no serious or critical accessibility violations (admin)', async ({ page }) => {
  const paths = await consolePaths();
  // Each page is opened and checked in turn: the time grows with the console.
  test.setTimeout(paths.length * 18_000);
  for (const path of paths) await expectAccessible(page, path);
});

test('every console page fits at phone, laptop and desktop widths: no sideways scroll, nothing out of its card (admin)', async ({
  page,
}) => {
  const paths = await consolePaths();
  // Each page is opened and checked in turn: the time grows with the console.
  test.setTimeout(paths.length * 36_000); // three widths
  for (const width of [390, 1024, 1400]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(path);
      await settle(page);
      expect(await layoutProblems(page, { visibleButtons: width >= 1280 }), `${path} at ${width} px`).toEqual(
        [],
      );
    }
  }
});

test('at 1,400 px an open auth link keeps the row’s other buttons in view', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/users/${encodeURIComponent('bob@example.com')}`);
  await page.getByRole('button', { name: 'Get auth link', exact: true }).first().click();
  await expect(page.getByTestId('link-result').first()).toBeVisible();
  expect(await layoutProblems(page, { visibleButtons: true })).toEqual([]);
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
