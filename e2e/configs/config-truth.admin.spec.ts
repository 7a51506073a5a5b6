import type { Page } from '@playwright/test';
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { E2E } from '../support/e2e-env';

type Mapping = { connection_name: string; tools: string[] };

async function createConfig(prefix: string, mappings: Mapping[]): Promise<string> {
  const r = await emulatorApi<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
    name: `${prefix}-${Date.now().toString(36)}`,
    description: 'made by the e2e suite',
    connection_tool_mappings: mappings,
  });
  expect(r.status).toBe(201);
  return r.body.config.id;
}

async function firstTools(connector: string, n: number): Promise<string[]> {
  const r = await emulatorApi<{ tool_names: string[] }>(
    'GET',
    `/api/v1/tools?filter.connector=${connector}&filter.summary=true&page_size=${n}`,
  );
  return r.body.tool_names;
}

async function serverTools(id: string) {
  const r = await emulatorApi<{ config: { connection_tool_mappings?: Mapping[] } }>(
    'GET',
    `/api/v1/mcp/configs/${id}`,
  );
  return Object.fromEntries(
    (r.body.config.connection_tool_mappings ?? []).map((m) => [m.connection_name, (m.tools ?? []).length]),
  );
}

const openConfig = (page: Page, id: string) => page.goto(`/configs/${encodeURIComponent(id)}`);

test('the review counts what agents gain and lose when switching to and from all tools', async ({ page }) => {
  const id = await createConfig('e2e-switch', [
    { connection_name: 'hubspot', tools: await firstTools('hubspot', 15) },
    { connection_name: 'slack', tools: [] },
  ]);
  await openConfig(page, id);
  await page.getByTestId('mapping-hubspot').getByLabel('All tools, including tools added later').check();
  await page.getByTestId('mapping-slack').getByLabel('Chosen tools').check();
  await page.getByLabel('Filter slack tools').fill('send_message');
  await page
    .getByTestId('tool-list-slack')
    .getByRole('checkbox', { name: 'slack_send_message', exact: true })
    .check();
  await page.getByRole('button', { name: 'Review and save' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('diff-hubspot')).toContainText('+442 tools');
  await expect(dialog.getByTestId('diff-hubspot')).toContainText('now all tools including future ones');
  await expect(dialog.getByTestId('diff-slack')).toContainText('−81 tools');
  await expect(dialog.getByTestId('diff-totals')).toContainText('+442 tools and lose −81 tools');
  await expect(dialog.getByTestId('impact')).toContainText('minted in the last 24 hours');
  await expect(dialog.getByRole('link', { name: 'See the readiness list' })).toHaveAttribute(
    'href',
    `/${E2E.environment}/users/readiness?config=${encodeURIComponent(id)}`,
  );
  // The names are behind a disclosure.
  await dialog.getByTestId('diff-slack').getByText('81 tools lost').click();
  await expect(dialog.getByTestId('diff-slack')).toContainText('slack_list_channels');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  expect(await serverTools(id)).toEqual({ hubspot: 0, slack: 1 });
});

test('an outside change is recorded as external, and rollback goes through the review', async ({ page }) => {
  const gmail = await firstTools('gmail', 3);
  const id = await createConfig('e2e-honest', [{ connection_name: 'gmail', tools: gmail.slice(0, 1) }]);
  await openConfig(page, id); // first seen: v1
  await page.getByLabel('Description', { exact: true }).fill('edited in the console');

  // Someone changes the config through the REST API while the editor is open.
  const outside = await emulatorApi('PUT', `/api/v1/mcp/configs/${id}`, {
    connection_tool_mappings: [{ connection_name: 'gmail', tools: gmail.slice(0, 2) }],
  });
  expect(outside.status).toBe(200);
  await page.getByRole('button', { name: 'Review and save' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByTestId('conflict');
  await expect(conflict.getByTestId('diff-gmail')).toContainText('+1 tool');
  await page.getByRole('button', { name: 'Re-apply my edits on top' }).click();
  await page.getByRole('button', { name: 'Review and save' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();

  await page.goto(`/configs/${encodeURIComponent(id)}/history`);
  const v2 = page.getByTestId('version-2');
  await expect(v2).toContainText('external');
  await expect(v2).toContainText('outside the console');
  const v3 = page.getByTestId('version-3');
  await expect(v3).toContainText('update');
  await expect(v3).toContainText('admin@example.com');
  await v2.getByText('Diff from v1').click();
  await expect(v2.getByTestId('diff-gmail')).toContainText('+1 tool');

  // Rollback shows the same review before it changes anything.
  await page.getByRole('button', { name: 'Roll back to v1' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('diff-gmail')).toContainText('−1 tool');
  await expect(dialog.getByTestId('impact')).toBeVisible();
  expect(await serverTools(id)).toEqual({ gmail: 2 });
  await dialog.getByRole('button', { name: 'Roll back', exact: true }).click();
  await expect(page.getByTestId('version-4')).toContainText('rollback');
  expect(await serverTools(id)).toEqual({ gmail: 1 });
});

test('leaving the editor with unsaved changes asks first', async ({ page }) => {
  const id = await createConfig('e2e-leave', [{ connection_name: 'slack', tools: [] }]);
  await openConfig(page, id);
  await page.getByLabel('Description', { exact: true }).fill('not saved yet');

  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('not saved yet');
  expect(page.url()).not.toContain('/history');

  const beforeUnload = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await beforeUnload).toBe('beforeunload');
});

test('an in-app link leaves after confirming', async ({ page }) => {
  const id = await createConfig('e2e-leave-ok', [{ connection_name: 'slack', tools: [] }]);
  await openConfig(page, id);
  await page.getByLabel('Description', { exact: true }).fill('throw this away');
  page.once('dialog', (d) => {
    expect(d.message()).toContain('unsaved changes');
    void d.accept();
  });
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page).toHaveURL(/\/history$/);
});
