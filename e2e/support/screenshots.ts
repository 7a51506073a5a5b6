import type { Locator, Page } from '@playwright/test';

/**
 * The README's screenshots are tracked files, so a test run must not rewrite them: they are taken only when
 * UPDATE_SCREENSHOTS=1 (`npm run screenshots`), and a plain `npm test` leaves `git status` clean.
 */
export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

export async function docScreenshot(
  target: Page | Locator,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<void> {
  if (!UPDATE_SCREENSHOTS) return;
  await target.screenshot({ path: `docs/screenshots/${name}.png`, ...opts });
}
