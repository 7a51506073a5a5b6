import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { E2E } from './e2e-env';
import { emulatorApi } from './emulator';
import { demoPageSeed, everyPage } from './pages';
import { settle } from './settle';

async function seed() {
  return demoPageSeed(async (path) => (await emulatorApi('GET', path)).body, E2E.authSecret);
}

/** Every signed-in page of the console on disk, with the demo seed's ids (see e2e/support/pages.ts). */
export async function consolePaths(): Promise<string[]> {
  return everyPage(await seed())
    .filter((p) => p.audience === 'console')
    .map((p) => p.path);
}

/** The public pages on disk: sign-in and the end user's connect page with a live link. */
export async function publicPaths(): Promise<string[]> {
  return everyPage(await seed())
    .filter((p) => p.audience === 'public')
    .map((p) => p.path);
}

/** Loads the page, lets it settle, and fails naming every serious or critical WCAG A/AA violation. */
export async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await settle(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `${path} has accessibility violations`).toEqual([]);
}
