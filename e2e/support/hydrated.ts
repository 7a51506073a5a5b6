import { test as base, type Page } from '@playwright/test';
import { waitForHydration } from './wait-for-hydration';

export { waitForHydration };

/**
 * Makes `goto` and `reload` wait for hydration, so no spec can click too soon by forgetting to. Pages the spec
 * opens itself (a second context) go through this too.
 */
export function hydrating(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const res = await goto(url, options);
    if (options?.waitUntil !== 'commit') await waitForHydration(page);
    return res;
  };
  page.reload = async (options) => {
    const res = await reload(options);
    if (options?.waitUntil !== 'commit') await waitForHydration(page);
    return res;
  };
  return page;
}

/** Playwright's `test`, with a `page` that waits for hydration after each navigation it is asked to make. */
export const test = base.extend({
  // `provide`, not the customary `use`: the React hooks lint rule reads any `use(...)` call as a hook.
  page: async ({ page }, provide) => {
    await provide(hydrating(page));
  },
});
export { expect } from '@playwright/test';
