import { test } from '../support/hydrated';
import { consolePaths, expectAccessible } from '../support/axe';
import { settle } from '../support/settle';

test('every console page has no serious or critical accessibility violations (support)', async ({ page }) => {
  const paths = await consolePaths();
  // Each page is opened and checked in turn: the time grows with the console.
  test.setTimeout(paths.length * 18_000);
  for (const path of paths) await expectAccessible(page, path);
});

test('the console works at 390 px without sideways page scroll (support)', async ({ page }) => {
  const paths = await consolePaths();
  // Each page is opened and checked in turn: the time grows with the console.
  test.setTimeout(paths.length * 20_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of paths) {
    await page.goto(path);
    await settle(page);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    if (scroll > inner) throw new Error(`${path} is ${scroll} px wide in a ${inner} px view`);
  }
});
