import { test } from '../support/hydrated';
import { expectAccessible, publicPaths } from '../support/axe';

test('the public pages have no serious or critical accessibility violations', async ({ page }) => {
  for (const path of await publicPaths()) await expectAccessible(page, path);
  await expectAccessible(page, '/connect/not-a-link');
});
