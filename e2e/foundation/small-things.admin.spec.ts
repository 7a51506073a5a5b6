/**
 * Small things a demanding operator notices: a favicon, toasts that stay out of the way, a clone's refusal
 * next to its field, compare controls that say which side is which, an honest summary of a description-only
 * change, and Python snippets on LangChain's current agent API.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

async function createConfig(prefix: string): Promise<{ id: string; name: string }> {
  const name = `${prefix}-${Date.now().toString(36)}`;
  const r = await emulatorApi<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
    name,
    description: 'made by the e2e suite',
    connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
  });
  expect(r.status).toBe(201);
  return { id: r.body.config.id, name };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the toasts on screen (sonner keeps toasts beyond the visible three in the DOM, hidden). */
async function toastBoxes(page: Page): Promise<Box[]> {
  const toasts = page.locator('[data-sonner-toast][data-visible="true"]');
  const boxes: Box[] = [];
  for (const t of await toasts.all()) {
    const b = await t.boundingBox();
    if (b) boxes.push(b);
  }
  return boxes;
}

/** True when the element's own centre is what the browser would hit there (nothing painted over it). */
const reachable = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });

test('the console has a favicon, and loading a page asks for nothing that is not there', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto('/configs');
  const link = page.locator('link[rel~="icon"]');
  expect(await link.count(), 'a <link rel="icon"> in the head').toBeGreaterThan(0);
  const href = await link.first().getAttribute('href');
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
  // Browsers and tools that ignore the link still ask for /favicon.ico.
  const legacy = await page.request.get('/favicon.ico', { maxRedirects: 0 });
  expect(legacy.status()).toBe(200);
  expect(legacy.headers()['content-type']).toMatch(/^image\//);
  expect(missing).toEqual([]);
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`toasts never cover the page's heading or a dialog's buttons (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/configs/new');
    const heading = page.getByRole('heading', { level: 1 });
    // Errors stay until dismissed, so three of them stack up: the worst case for what they cover.
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Create config', exact: true }).click();
    await expect(page.locator('[data-sonner-toast][data-visible="true"]')).toHaveCount(3);
    // Hovered, the stack expands to full height.
    await page.locator('[data-sonner-toast]').first().hover();
    await page.waitForTimeout(500); // the expand animation
    const headingBox = (await heading.boundingBox())!;
    for (const box of await toastBoxes(page))
      expect(overlaps(box, headingBox), 'a toast over the h1').toBe(false);
    expect(await reachable(heading)).toBe(true);

    // A dialog opened while toasts are up: every one of its buttons can be seen and pressed.
    const config = await createConfig('e2e-toast');
    await page.goto(`/configs/${encodeURIComponent(config.id)}`);
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('Description', { exact: true }).fill(`made by the e2e suite, take ${i}`);
      await page.getByRole('button', { name: 'Review and save', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText('No unsaved changes')).toBeVisible();
    }
    await expect(page.locator('[data-sonner-toast][data-visible="true"]')).not.toHaveCount(0);
    const configHeading = page.getByRole('heading', { level: 1 });
    const configHeadingBox = (await configHeading.boundingBox())!;
    for (const box of await toastBoxes(page)) expect(overlaps(box, configHeadingBox)).toBe(false);
    await page.getByRole('button', { name: 'Clone', exact: true }).click();
    const dialog = page.getByRole('dialog');
    for (const name of ['Cancel', 'Clone']) {
      expect(await reachable(dialog.getByRole('button', { name, exact: true })), name).toBe(true);
    }
  });
}

test("a clone's duplicate name is reported inside the dialog, beside the field", async ({ page }) => {
  const config = await createConfig('e2e-clone-dup');
  await page.goto(`/configs/${encodeURIComponent(config.id)}`);
  await page.getByRole('button', { name: 'Clone', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const field = dialog.getByLabel('New name');
  await field.fill('email-assistant');
  await dialog.getByRole('button', { name: 'Clone', exact: true }).click();
  const error = dialog.getByRole('alert').filter({ hasText: /already exists/ });
  await expect(error).toBeVisible();
  await expect(error).toContainText('email-assistant');
  // Beside the field: right under it, not somewhere else in the dialog.
  const [fieldBox, errorBox] = [(await field.boundingBox())!, (await error.boundingBox())!];
  expect(errorBox.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height - 1);
  expect(errorBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(24);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Said once, where the person is looking: no copy of it waits behind the dialog.
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: /already exists/ })).toHaveCount(0);
});

test("a description-only change says agents' tools do not change; history compares from and to", async ({
  page,
}) => {
  const config = await createConfig('e2e-describe');
  await page.goto(`/configs/${encodeURIComponent(config.id)}`);
  await page.getByLabel('Description', { exact: true }).fill('a clearer description');
  await page.getByRole('button', { name: 'Review and save', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('diff')).toContainText('a clearer description');
  await expect(dialog.getByTestId('diff')).not.toContainText('+0');
  await expect(dialog.getByTestId('diff')).not.toContainText('−0');
  await expect(dialog.getByTestId('diff-totals')).toHaveText("Agents' tools do not change");
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();

  await page.goto(`/configs/${encodeURIComponent(config.id)}/history`);
  // The comparison at the top (each version's own diff, further down, is folded away).
  await expect(page.getByTestId('diff-totals').first()).toHaveText("Agents' tools do not change");
  const versions = page.getByTestId('versions');
  const from = versions.getByRole('columnheader', { name: 'From', exact: true });
  const to = versions.getByRole('columnheader', { name: 'To', exact: true });
  await expect(from).toBeVisible();
  await expect(to).toBeVisible();
  // Each radio sits under the heading that names it.
  const [fromBox, toBox] = [(await from.boundingBox())!, (await to.boundingBox())!];
  const fromRadio = (await versions.getByRole('radio', { name: 'Compare from v1' }).boundingBox())!;
  const toRadio = (await versions.getByRole('radio', { name: 'Compare to v2' }).boundingBox())!;
  expect(fromRadio.x).toBeGreaterThanOrEqual(fromBox.x - 1);
  expect(fromRadio.x + fromRadio.width).toBeLessThanOrEqual(fromBox.x + fromBox.width + 1);
  expect(toRadio.x).toBeGreaterThanOrEqual(toBox.x - 1);
  expect(toRadio.x + toRadio.width).toBeLessThanOrEqual(toBox.x + toBox.width + 1);
  await docScreenshot(page, 'config-history', { fullPage: true });
});

test("the Python snippet uses LangChain's current agent API", async ({ page }) => {
  const config = await createConfig('e2e-python');
  await page.goto('/tokens');
  const card = page.getByTestId('instance-url-card');
  await card.getByLabel('Config').selectOption({ label: config.name });
  await card.getByLabel('User identifier').fill('python-snippet@example.com');
  await card.getByRole('button', { name: 'Get instance URL', exact: true }).click();
  await card.getByRole('tab', { name: 'LangChain (Python)', exact: true }).click();
  const snippet = card.getByTestId('snippet');
  await expect(snippet).toContainText('from langchain.agents import create_agent');
  await expect(snippet).toContainText('create_agent("openai:gpt-4.1", tools)');
  await expect(snippet).not.toContainText('create_react_agent');
  await expect(snippet).not.toContainText('langgraph');
});
