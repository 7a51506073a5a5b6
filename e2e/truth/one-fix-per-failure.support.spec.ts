import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect, test } from '../support/hydrated';
import { emulatorApi, emulatorControl } from '../support/emulator';

type Logs = { tool_call_logs: { execution_id: string; tool_name: string; status: string }[] };

/** Gmail ACTIVE then EXPIRED for a fresh user, and one failed call through email-assistant's server URL. */
async function expiredCallThroughConfig(who: string) {
  const made = await emulatorApi<{ connected_account: { id: string } }>(
    'POST',
    '/api/v1/connected_accounts',
    {
      connector: 'gmail',
      identifier: who,
    },
  );
  expect(made.status).toBe(201);
  const accountId = made.body.connected_account.id;
  await emulatorControl('POST', `/accounts/${accountId}/activate`);
  const cfg = (
    await emulatorApi<{ configs: { id: string; mcp_server_url: string }[] }>(
      'GET',
      '/api/v1/mcp/configs?filter.name=email-assistant',
    )
  ).body.configs[0]!;
  // email-assistant maps Gmail and Calendar: the token needs both ACTIVE to be minted.
  const cal = await emulatorApi<{ connected_account: { id: string } }>('POST', '/api/v1/connected_accounts', {
    connector: 'googlecalendar',
    identifier: who,
  });
  await emulatorControl('POST', `/accounts/${cal.body.connected_account.id}/activate`);
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
  await emulatorControl('POST', `/accounts/${accountId}/expire`);
  await agent
    .callTool({ name: 'gmail_fetch_mails', arguments: { max_results: 1 } })
    .catch((e: Error) => ({ isError: true, content: e.message }));
  await agent.close();
  const logs = await emulatorApi<Logs>(
    'GET',
    `/api/v1/agentkit/tool_call_logs?identifier=${encodeURIComponent(who)}&status=platform_error`,
  );
  expect(logs.body.tool_call_logs).toHaveLength(1);
  return { configId: cfg.id, executionId: logs.body.tool_call_logs[0]!.execution_id };
}

test('an expired account offers one re-auth link for that connection and user, and the call names its config', async ({
  page,
}) => {
  const who = `fix-once-${Date.now().toString(36)}@example.com`;
  const { configId, executionId } = await expiredCallThroughConfig(who);

  await page.goto(`/activity/${executionId}`);
  const explained = page.getByTestId('explanation');
  await expect(explained).toContainText("The user's Gmail authorization had expired");
  // Many configs map gmail; the fix is the account's, so it is one action, not a button per config.
  await expect(explained.getByRole('button', { name: 'Create connect link', exact: true })).toHaveCount(0);
  const reauth = explained.getByRole('button', { name: 'Get re-auth link', exact: true });
  await expect(reauth).toHaveCount(1);
  await reauth.click();
  await expect(explained.getByTestId('link-result').locator('code')).toHaveText(/\/authorize\//);
  await expect(explained.getByRole('button', { name: 'Copy auth link', exact: true })).toBeVisible();

  // The call names the config it came through, as a link to it.
  const through = page.getByTestId('call-through');
  await expect(through).toContainText('email-assistant');
  await expect(through.getByRole('link', { name: 'email-assistant', exact: true })).toHaveAttribute(
    'href',
    new RegExp(`/configs/${configId}$`),
  );
});

test('a run names the user it ran for', async ({ page }) => {
  const who = `run-for-${Date.now().toString(36)}@example.com`;
  const made = await emulatorApi<{ connected_account: { id: string } }>(
    'POST',
    '/api/v1/connected_accounts',
    {
      connector: 'gmail',
      identifier: who,
    },
  );
  await emulatorControl('POST', `/accounts/${made.body.connected_account.id}/activate`);
  const runId = `run-${Date.now().toString(36)}`;
  for (let i = 0; i < 2; i++) {
    const r = await emulatorApi('POST', '/api/v1/execute_tool', {
      tool_name: 'gmail_fetch_mails',
      identifier: who,
      params: { max_results: 1 },
      agent_run_id: runId,
    });
    expect(r.status).toBe(200);
  }
  await page.goto(`/activity/runs/${runId}`);
  const runFor = page.getByTestId('run-user');
  await expect(runFor.getByRole('link', { name: who, exact: true })).toHaveAttribute(
    'href',
    new RegExp(`/users/${encodeURIComponent(who)}$`),
  );
});
