import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Page } from '@playwright/test';
import { expect, hydrating, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';

type Config = { id: string; connection_tool_mappings: { tools: string[] }[] };

async function reminderConfig(): Promise<Config> {
  const r = await emulatorApi<{ configs: Config[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=reminder-assistant',
  );
  return r.body.configs[0]!;
}

/** Allow on the emulator's hosted page, which sends the browser back to our verify step. */
async function authorizeOnProvider(page: Page, connector: RegExp) {
  await expect(page.getByRole('heading', { name: connector })).toBeVisible();
  await page.getByRole('button', { name: 'Allow', exact: true }).click();
  await page.waitForURL(/\/connect\/v1\./);
}

test('admin ensures an instance, the user authorizes via a connect link, the instance turns ready live and serves tools/list', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000); // two browser contexts and two provider round trips on a loaded CI machine
  const config = await reminderConfig();
  const who = `inst-${Date.now().toString(36)}@example.com`;
  // A user the environment knows (one pending account): an identifier with none opens the unknown-user page.
  const account = await emulatorApi('POST', '/api/v1/connected_accounts', {
    connector: 'MY_GMAIL',
    identifier: who,
  });
  expect(account.status).toBe(201);
  await page.goto(`/users/${encodeURIComponent(who)}?config=${config.id}`);
  const panel = page.getByTestId('config-reminder-assistant').getByTestId('instance-reminder-assistant');
  await expect(panel).toContainText('None');
  await panel.getByRole('button', { name: 'Ensure instance', exact: true }).click();
  await expect(panel).toContainText('not ready');
  // Masked on the page: the secret is never sent to the browser until an admin asks for it.
  await expect(panel.getByTestId('instance-url')).toContainText(/\/mcp\/v2\/instances\/inst_\d+\/•+/);

  await panel.getByRole('button', { name: 'Create connect link', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Create link', exact: true }).click();
  const link = (await dialog.getByTestId('link-result').locator('code').textContent())!;
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // The end user, in a context with no console session.
  const phone = await browser.newContext({ storageState: undefined });
  const user = hydrating(await phone.newPage());
  await user.goto(link);
  await user.getByTestId('connect-MY_GMAIL').getByRole('button', { name: 'Authorize', exact: true }).click();
  await authorizeOnProvider(user, /Authorize Gmail for/i);
  await user
    .getByTestId('connect-MY_CALENDAR')
    .getByRole('button', { name: 'Authorize', exact: true })
    .click();
  await authorizeOnProvider(user, /Authorize Google Calendar for/i);
  await expect(user.getByRole('status')).toContainText('You’re all set');
  await phone.close();

  // The admin's page, never reloaded, shows the instance ready.
  await expect(panel.getByText('ready', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(panel).not.toContainText('not ready');

  await panel.getByRole('button', { name: 'Reveal URL', exact: true }).click();
  await expect(panel.getByTestId('instance-url')).not.toContainText('•');
  const url = (await panel.getByTestId('instance-url').textContent())!.trim();
  expect(url).toMatch(/\/mcp\/v2\/instances\/inst_\d+\/[\w-]{20,}$/);

  // A real MCP client, no headers at all.
  const client = new Client({ name: 'e2e-agent', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  const { tools } = await client.listTools();
  await client.close();
  expect(tools.map((t) => t.name).sort()).toEqual(
    config.connection_tool_mappings.flatMap((m) => m.tools).sort(),
  );

  // Delete (typed confirmation): the URL stops answering at once.
  await panel.getByRole('button', { name: 'Delete instance', exact: true }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('stops working at once');
  await confirm.getByLabel(`Type ${who} to confirm`).fill(who);
  await confirm.getByRole('button', { name: 'Delete instance', exact: true }).click();
  await expect(panel).toContainText('None');
  const gone = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  expect(gone.status).toBe(404);
});
