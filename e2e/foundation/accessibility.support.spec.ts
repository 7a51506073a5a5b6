import { test } from '../support/hydrated';
import { consolePaths, expectAccessible } from '../support/axe';

test('every console page has no serious or critical accessibility violations (support)', async ({ page }) => {
  test.setTimeout(180_000);
  const paths = await consolePaths();
  for (const path of paths) await expectAccessible(page, path);
});

test('the console works at 390 px without sideways page scroll (support)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of await consolePaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    if (scroll > inner) throw new Error(`${path} is ${scroll} px wide in a ${inner} px view`);
  }
});
