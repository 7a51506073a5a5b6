import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { signConnectLink } from '../../lib/connect-links/token';
import { E2E } from './e2e-env';
import { emulatorApi } from './emulator';

/** The pages every role sees, with the demo seed's ids: the console side of app/**\/page.tsx. */
export async function consolePaths(): Promise<string[]> {
  const r = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  const id = r.body.configs[0]!.id;
  return [
    '/',
    '/configs',
    `/configs/${id}`,
    `/configs/${id}/history`,
    '/users',
    `/users/${encodeURIComponent('bob@example.com')}`,
    `/users/readiness?config=${id}`,
    '/tokens',
    '/audit',
  ];
}

/** A live connect link for the public connect page. */
export async function connectPath(): Promise<string> {
  const r = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  const link = signConnectLink(E2E.authSecret, {
    identifier: 'bob@example.com',
    configId: r.body.configs[0]!.id,
    lifetimeSeconds: 600,
  });
  return `/connect/${link.token}`;
}

/** Loads the page, lets it settle, and fails naming every serious or critical WCAG A/AA violation. */
export async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `${path} has accessibility violations`).toEqual([]);
}
