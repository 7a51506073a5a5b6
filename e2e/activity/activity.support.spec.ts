import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect, test } from '../support/hydrated';
import { emulatorApi, emulatorControl } from '../support/emulator';
import { E2E } from '../support/e2e-env';

/** A fresh user with ACTIVE Gmail and Calendar on email-assistant, and an MCP client acting as their agent. */
async function readyUserWithAgent(who: string) {
  const ids: Record<string, string> = {};
  for (const connector of ['gmail', 'googlecalendar']) {
    const made = await emulatorApi<{ connected_account: { id: string } }>(
      'POST',
      '/api/v1/connected_accounts',
      {
        connector,
        identifier: who,
      },
    );
    expect(made.status).toBe(201);
    ids[connector] = made.body.connected_account.id;
    await emulatorControl('POST', `/accounts/${ids[connector]}/activate`);
  }
  const cfg = (
    await emulatorApi<{ configs: { id: string; mcp_server_url: string }[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=email-assistant',
    )
  ).body.configs[0]!;
  const minted = await emulatorApi<{ token: string }>('POST', `/api/v1/mcp/configs/${cfg.id}/tokens`, {
    identifier: who,
  });
  expect(minted.status).toBe(200);
  const agent = new Client({ name: 'e2e-agent', version: '1.0.0' });
  await agent.connect(
    new StreamableHTTPClientTransport(new URL(cfg.mcp_server_url), {
      requestInit: { headers: { Authorization: `Bearer ${minted.body.token}` } },
    }),
  );
  return { agent, gmailId: ids.gmail! };
}

const call = (agent: Client, name: string, args: Record<string, unknown>) =>
  agent.callTool({ name, arguments: args }).catch((e: Error) => ({ isError: true, content: e.message }));

test('support sees why a user’s agent failed, explained, and sends a re-auth link from the failure', async ({
  page,
}) => {
  const who = `dana-${Date.now().toString(36)}@example.com`;
  const { agent, gmailId } = await readyUserWithAgent(who);
  // 1. Gmail itself fails once (an injected provider error), 2. then the authorization expires.
  await emulatorControl('POST', '/tool_faults', {
    connection: 'gmail',
    tool: 'gmail_send_message',
    status: 503,
    message: 'Gmail is down for maintenance',
    times: 1,
  });
  expect(
    (await call(agent, 'gmail_send_message', { to: 'x@example.org', subject: 's', body: 'b' })).isError,
  ).toBe(true);
  await emulatorControl('POST', `/accounts/${gmailId}/expire`);
  expect((await call(agent, 'gmail_fetch_mails', { max_results: 1 })).isError).toBe(true);
  await agent.close();

  await page.goto(`/users/${encodeURIComponent(who)}`);
  const failures = page.getByTestId('user-failures');
  await expect(page.getByText('2 of 2 tool calls failed in the last 7 days')).toBeVisible();
  const rows = failures.getByTestId('activity-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Gmail authorization expired' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Gmail was unavailable' })).toHaveCount(1);

  // The provider error: Gmail's side, nothing wrong with the account.
  await rows.filter({ hasText: 'Gmail was unavailable' }).getByRole('link').first().click();
  const providerExplained = page.getByTestId('explanation');
  await expect(providerExplained).toContainText("nothing is wrong with the user's account");
  await expect(page.getByText('Gmail is down for maintenance')).toBeVisible();
  await expect(providerExplained.getByRole('button', { name: 'Get re-auth link', exact: true })).toHaveCount(
    0,
  );
  await page.goBack();

  // The expiry: explained, and the re-auth link is sent from right there.
  await rows.filter({ hasText: 'Gmail authorization expired' }).getByRole('link').first().click();
  const explained = page.getByTestId('explanation');
  await expect(explained).toContainText("The user's Gmail authorization had expired");
  await expect(explained).toContainText('Send the user a re-auth link');
  await explained.getByRole('button', { name: 'Get re-auth link', exact: true }).click(); // the account's one fix
  await expect(explained.getByTestId('link-result').locator('code')).toHaveText(/\/connect\/authorize\//);
});

test('the overview’s counts match the log for the same range', async ({ page }) => {
  for (const range of ['24h', '7d']) {
    await page.goto(`/${E2E.environment}?activity=${range}`);
    const overview = page.getByTestId('activity-overview');
    const total = (await overview.getByTestId('overview-total').textContent())!;
    expect(Number(total.replace(/,/g, ''))).toBeGreaterThan(0);
    await overview.getByRole('link', { name: 'Open these calls in the log' }).click();
    await expect(page.getByTestId('activity-total')).toContainText(`${total} calls`);
    await expect(page.getByTestId('activity-row').first()).toBeVisible();
  }
});

test('bad filters are a message, an unknown call is the 404 page', async ({ page }) => {
  await page.goto('/activity?size=500&outcome=meh');
  await expect(page.getByText('These filters are not valid')).toBeVisible();
  await expect(page.getByText(/Page size is at most 100/)).toBeVisible();
  const res = await page.goto('/activity/exec_does_not_exist');
  expect(res?.status()).toBe(404);
});
