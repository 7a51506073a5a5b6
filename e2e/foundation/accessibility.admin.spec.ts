import { expect, test } from '../support/hydrated';
import { consoleRoutes, expectAccessible, pathOf } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { settle } from '../support/settle';

// One test per page, spread over the workers (a walk of every page in one test was the suite's longest pole).
test.describe('every console page (admin)', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const route of consoleRoutes()) {
    test(`${route} has no serious or critical accessibility violations (admin)`, async ({ page }) => {
      await expectAccessible(page, await pathOf(route));
    });

    test(`${route} fits at phone, laptop and desktop widths: no sideways scroll, nothing out of its card (admin)`, async ({
      page,
    }) => {
      const path = await pathOf(route);
      for (const width of [390, 1024, 1400]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await settle(page);
        expect(
          await layoutProblems(page, { visibleButtons: width >= 1280 }),
          `${path} at ${width} px`,
        ).toEqual([]);
      }
    });
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
