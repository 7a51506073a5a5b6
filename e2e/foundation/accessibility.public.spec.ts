import { test } from '@playwright/test';
import { connectPath, expectAccessible } from '../support/axe';

test('the public pages have no serious or critical accessibility violations', async ({ page }) => {
  await expectAccessible(page, '/sign-in');
  await expectAccessible(page, await connectPath());
  await expectAccessible(page, '/connect/not-a-link');
});
