import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';

async function reminderConfigId(): Promise<string> {
  const r = await emulatorApi<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=reminder-assistant',
  );
  return r.body.configs[0]!.id;
}

test('support sees instances and their state, can hand out links, but never the URL nor create or delete', async ({
  page,
}) => {
  const id = await reminderConfigId();
  await page.goto(`/users/john-doe?config=${id}`);
  const john = page.getByTestId('instance-reminder-assistant');
  await expect(john).toContainText(/inst_\d+/);
  await expect(john.getByText('ready', { exact: true })).toBeVisible();
  for (const name of ['Reveal URL', 'Copy URL', 'Delete instance', 'Ensure instance'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByTestId('instance-url')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('/mcp/v2/instances/');

  await page.goto(`/users/jane-doe?config=${id}`);
  const jane = page.getByTestId('instance-reminder-assistant');
  await expect(jane).toContainText('not ready');
  await expect(jane.getByRole('button', { name: 'Create connect link', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete instance', exact: true })).toHaveCount(0);

  // Someone with no account and no instance is unknown: no instance panel, nothing to ensure.
  await page.goto(`/users/nobody-${Date.now().toString(36)}?config=${id}`);
  await expect(page.getByTestId('unknown-user')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ensure instance', exact: true })).toHaveCount(0);

  // The config page lists who has an instance, searchable, without URLs.
  await page.goto(`/configs/${id}`);
  const list = page.getByTestId('config-instances');
  await expect(list).toContainText('john-doe');
  await expect(list).toContainText('jane-doe');
  await list.getByLabel('Search instances by user').fill('jane');
  await expect(list).not.toContainText('john-doe');
  await expect(list).toContainText('not ready');
  await expect(page.locator('body')).not.toContainText('/mcp/v2/instances/');
});
