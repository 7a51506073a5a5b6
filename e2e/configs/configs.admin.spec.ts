import type { Page } from '@playwright/test';
import { expect, hydrating, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

type Cfg = {
  id: string;
  name: string;
  connection_tool_mappings?: { connection_name: string; tools?: string[] }[];
};

async function serverMapping(id: string) {
  const r = await emulatorApi<{ config: Cfg }>('GET', `/api/v1/mcp/configs/${id}`);
  if (r.status !== 200) return null;
  return Object.fromEntries(
    (r.body.config.connection_tool_mappings ?? []).map((m) => [m.connection_name, (m.tools ?? []).sort()]),
  );
}

async function pickTool(page: Page, connection: string, tool: string, filter: string) {
  await page.getByLabel(`Filter ${connection} tools`).fill(filter);
  await page
    .getByTestId(`tool-list-${connection}`)
    .getByRole('checkbox', { name: tool, exact: true })
    .check();
}

test('an admin creates, edits, survives a concurrent edit, rolls back, clones and deletes a config', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `e2e-mail-${Date.now().toString(36)}`;
  await page.goto('/configs/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Description', { exact: true }).fill('Created by the e2e suite');
  await page.getByLabel('Add a connection').selectOption('gmail');
  await pickTool(page, 'gmail', 'gmail_fetch_mails', 'fetch');
  await pickTool(page, 'gmail', 'gmail_list_labels', 'labels');
  await page.getByLabel('Add a connection').selectOption('googlecalendar');
  await pickTool(page, 'googlecalendar', 'googlecalendar_list_events', 'list_events');
  await expect(page.getByTestId('totals')).toContainText('2 of 25 connections · 3 chosen tools');
  await page.getByRole('button', { name: 'Create config' }).click();
  await expect(page).toHaveURL(/\/configs\/cfg_/);
  const id = decodeURIComponent(page.url().split('/configs/')[1]);
  expect(await serverMapping(id)).toEqual({
    gmail: ['gmail_fetch_mails', 'gmail_list_labels'],
    googlecalendar: ['googlecalendar_list_events'],
  });

  // Edit with the diff shown before saving.
  await pickTool(page, 'gmail', 'gmail_send_message', 'send_message');
  await page.getByLabel('Filter gmail tools').fill('labels');
  await page
    .getByTestId('tool-list-gmail')
    .getByRole('checkbox', { name: 'gmail_list_labels', exact: true })
    .uncheck();
  await page.getByRole('button', { name: 'Review and save' }).click();
  const diff = page.getByRole('dialog').getByTestId('diff-gmail');
  await expect(diff).toContainText('+1 tool, −1 tool');
  await diff.getByText('1 tool gained').click();
  await expect(diff).toContainText('gmail_send_message');
  await diff.getByText('1 tool lost').click();
  await expect(diff).toContainText('gmail_list_labels');
  await expect(page.getByRole('dialog')).toContainText('may lose the removed tools');
  await docScreenshot(page, 'config-diff');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  expect((await serverMapping(id))!.gmail).toEqual(['gmail_fetch_mails', 'gmail_send_message']);

  // A second admin edits the same config at the same time: their save is refused with our change shown.
  const other = await browser.newContext({ storageState: E2E.authFile('admin') });
  const page2 = hydrating(await other.newPage());
  await page2.goto(`/configs/${encodeURIComponent(id)}`);
  await page.getByLabel('Description', { exact: true }).fill('Changed by the first admin');
  await page.getByRole('button', { name: 'Review and save' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  await pickTool(page2, 'googlecalendar', 'googlecalendar_create_event', 'create_event');
  await page2.getByRole('button', { name: 'Review and save' }).click();
  await page2.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page2.getByTestId('conflict');
  await expect(conflict).toContainText('changed on the server since you opened it');
  await expect(conflict).toContainText('Changed by the first admin');
  await docScreenshot(page2, 'config-conflict');
  await page2.getByRole('button', { name: 'Re-apply my edits on top' }).click();
  await page2.getByRole('button', { name: 'Review and save' }).click();
  await page2.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page2.getByText('No unsaved changes')).toBeVisible();
  expect((await serverMapping(id))!.googlecalendar).toEqual([
    'googlecalendar_create_event',
    'googlecalendar_list_events',
  ]);
  const after = await emulatorApi<{ config: { description: string } }>('GET', `/api/v1/mcp/configs/${id}`);
  expect(after.body.config.description).toBe('Changed by the first admin');
  await other.close();

  // History and rollback to the first version.
  await page.goto(`/configs/${encodeURIComponent(id)}/history`);
  await expect(page.getByTestId('versions')).toContainText('v4');
  await page.getByRole('button', { name: 'Roll back to v1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Roll back', exact: true }).click();
  await expect(page.getByTestId('version-5')).toContainText('rollback');
  expect(await serverMapping(id)).toEqual({
    gmail: ['gmail_fetch_mails', 'gmail_list_labels'],
    googlecalendar: ['googlecalendar_list_events'],
  });

  // Clone, then delete both with the name typed to confirm.
  await page.goto(`/configs/${encodeURIComponent(id)}`);
  await page.getByRole('button', { name: 'Clone', exact: true }).click();
  await page.getByLabel('New name').fill(`${name}-clone`);
  await page.getByRole('dialog').getByRole('button', { name: 'Clone', exact: true }).click();
  await expect(page.getByRole('heading', { name: `${name}-clone` })).toBeVisible();
  const cloneId = decodeURIComponent(page.url().split('/configs/')[1]);
  expect(await serverMapping(cloneId)).toEqual(await serverMapping(id));
  for (const [cid, cname] of [
    [cloneId, `${name}-clone`],
    [id, name],
  ]) {
    await page.goto(`/configs/${encodeURIComponent(cid)}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('stops working at once');
    await page.getByLabel(`Type ${cname} to confirm`).fill(cname);
    await page.getByRole('button', { name: 'Delete config' }).click();
    await expect(page).toHaveURL(/\/configs$/);
    expect(await serverMapping(cid)).toBeNull();
  }
});

test('the list searches on the server and shows tool counts and server URLs', async ({ page }) => {
  await page.goto('/configs?q=sales');
  const table = page.getByTestId('configs-table');
  await expect(table).toContainText('sales-agent');
  await expect(table).not.toContainText('email-assistant');
  await expect(table).toContainText('HubSpot');
  await expect(table).toContainText('/mcp/v3/servers/');
  await page.goto('/configs');
  await docScreenshot(page, 'configs');
});
