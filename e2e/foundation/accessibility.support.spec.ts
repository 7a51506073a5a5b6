import { test } from '../support/hydrated';
import { consoleRoutes, expectAccessible, pathOf } from '../support/axe';
import { settle } from '../support/settle';

// One test per page, spread over the workers (a walk of every page in one test was the suite's longest pole).
test.describe('every console page (support)', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const route of consoleRoutes()) {
    test(`${route} has no serious or critical accessibility violations (support)`, async ({ page }) => {
      await expectAccessible(page, await pathOf(route));
    });

    test(`${route} works at 390 px without sideways page scroll (support)`, async ({ page }) => {
      const path = await pathOf(route);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await settle(page);
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      if (scroll > inner) throw new Error(`${path} is ${scroll} px wide in a ${inner} px view`);
    });
  }
});
