import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';

/*
 * Live panels (components/ui/live-panel.tsx) fetch their code, with React Query, after the page's first load.
 * What a person sees must not wait for it: the server renders each panel into the page's HTML, and the browser
 * only hydrates it when the code arrives. Read here as raw HTML, with the admin's session: no script has run.
 */
async function html(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  return res.text();
}

test("a user's connections, the editor and the agent forms are in the server's HTML", async ({ request }) => {
  const user = await html(request, `/users/${encodeURIComponent('carol@example.com')}`);
  expect(user).toContain('data-live-panel');
  expect(user).toContain('data-testid="row-gmail"');
  expect(user).toMatch(/>Expired</);

  const configs = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  const editor = await html(request, `/configs/${configs.body.configs[0]!.id}`);
  expect(editor).toContain('data-testid="mapping-gmail"');
  expect(editor).toContain('chosen tools');

  const tokens = await html(request, '/tokens');
  expect(tokens).toContain('Mint token');
  expect(tokens).toContain('Get instance URL');
});

test("the page is interactive before a live panel's code arrives, and the panel hydrates when it does", async ({
  page,
  request,
}) => {
  // The first load: every chunk the server's HTML names, in a script tag or in the flight data's client
  // references. The panels' code is named only by the page's own scripts. Hold that back.
  const firstLoad = new Set(
    [...(await html(request, '/tokens')).matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]),
  );
  const held: (() => Promise<void>)[] = [];
  let holding = true;
  await page.route('**/_next/static/chunks/**', (route) => {
    const chunk = /static\/chunks\/[\w.-]+\.js/.exec(route.request().url())?.[0];
    if (!holding || !chunk || firstLoad.has(chunk)) return route.continue(); // stylesheets, and the first load
    return new Promise<void>((done) => held.push(() => route.continue().then(done)));
  });

  await page.goto('/tokens', { waitUntil: 'commit' });
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  const frames = page.locator('[data-live-panel]');
  await expect(frames).toHaveCount(2);
  await expect(page.locator('[data-live-ready]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mint token', exact: true })).toBeVisible(); // server markup
  await page.getByRole('button', { name: /^Theme: / }).click(); // the shell already answers
  await expect(page.getByRole('button', { name: /^Theme: / })).not.toHaveAttribute('title', 'Theme: system');
  expect(held.length).toBeGreaterThan(0);

  holding = false;
  await Promise.all(held.map((release) => release()));
  await expect(page.locator('[data-live-ready]')).toHaveCount(2);
  await page.locator('input#identifier').fill('alice@example.com');
  await expect(page.locator('input#identifier')).toHaveValue('alice@example.com');
});
