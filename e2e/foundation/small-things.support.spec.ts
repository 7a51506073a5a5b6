/** In a read-only editor the tools a config has chosen are visibly chosen, and listed first. */
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { docScreenshot } from '../support/screenshots';

test('a read-only editor shows the chosen tools first, marked as chosen', async ({ page }) => {
  const catalog = await emulatorApi<{ tool_names: string[] }>(
    'GET',
    '/api/v1/tools?filter.connector=slack&filter.summary=true&page_size=100',
  );
  // Two tools from the end of the catalog: in catalog order they would be far down the list.
  const chosen = catalog.body.tool_names.slice(-2);
  expect(chosen).toHaveLength(2);
  const r = await emulatorApi<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
    name: `e2e-readonly-${Date.now().toString(36)}`,
    description: 'made by the e2e suite',
    connection_tool_mappings: [{ connection_name: 'slack', tools: chosen }],
  });
  expect(r.status).toBe(201);
  await page.goto(`/configs/${encodeURIComponent(r.body.config.id)}`);
  await expect(page.getByText('Read-only: your role can view configs but not change them.')).toBeVisible();
  const list = page.getByTestId('tool-list-slack');
  const row = (i: number) => list.locator(`[data-index="${i}"]`);
  const names: string[] = [];
  for (const i of [0, 1]) {
    await expect(row(i).getByText('chosen', { exact: true })).toBeVisible();
    await expect(row(i).getByRole('checkbox')).toBeChecked();
    names.push((await row(i).getByRole('checkbox').getAttribute('aria-label'))!);
  }
  expect(names.sort()).toEqual([...chosen].sort());
  await expect(row(2).getByText('chosen', { exact: true })).toHaveCount(0);
  await expect(row(2).getByRole('checkbox')).not.toBeChecked();
  await docScreenshot(page.getByTestId('mapping-slack'), 'config-read-only');
});
