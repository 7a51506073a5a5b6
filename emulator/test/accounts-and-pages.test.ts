import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

let emu: TestEmulator;
let configId: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  const list = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = list.body.configs[0].id;
});
afterAll(() => emu.stop());

type State = {
  connection_name: string;
  connected_account_id?: string;
  connected_account_status?: string;
  authentication_link?: string;
};
const authState = (identifier: string, include = false) =>
  emu.api<{ connected_accounts: State[] }>('POST', `/api/v1/mcp/configs/${configId}/connected_accounts`, {
    identifier,
    include_auth_link: include,
  });

async function followLink(link: string, decision: 'allow' | 'deny') {
  const page = await fetch(link);
  const html = await page.text();
  const res = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `decision=${decision}`,
    redirect: 'manual',
  });
  return { pageStatus: page.status, html, res };
}

describe('per-user auth state', () => {
  it('is read-only without include_auth_link: nothing created, no links', async () => {
    const r = await authState('newbie@example.com');
    expect(r.body.connected_accounts.map((s) => s.connection_name)).toEqual(['gmail', 'googlecalendar']);
    expect(r.body.connected_accounts.every((s) => !s.connected_account_id && !s.authentication_link)).toBe(
      true,
    );
    const again = await authState('newbie@example.com');
    expect(again.body.connected_accounts.every((s) => !s.connected_account_id)).toBe(true);
  });

  it('creates PENDING_AUTH accounts and fresh links with include_auth_link', async () => {
    const r = await authState('newbie@example.com', true);
    expect(r.body.connected_accounts.every((s) => s.connected_account_status === 'PENDING_AUTH')).toBe(true);
    expect(
      r.body.connected_accounts.every((s) => s.authentication_link?.includes('/connect/authorize/')),
    ).toBe(true);
  });

  it('404s for an unknown config and 400s without identifier', async () => {
    expect(
      (await emu.api('POST', '/api/v1/mcp/configs/cfg_x/connected_accounts', { identifier: 'a' })).status,
    ).toBe(404);
    expect((await emu.api('POST', `/api/v1/mcp/configs/${configId}/connected_accounts`, {})).status).toBe(
      400,
    );
  });
});

describe('hosted authorization page', () => {
  it('Allow makes the account ACTIVE; the link cannot be reused', async () => {
    const link = (await authState('page-user@example.com', true)).body.connected_accounts[0]
      .authentication_link!;
    const { html, res } = await followLink(link, 'allow');
    expect(html).toContain('Authorize Gmail for page-user@example.com');
    expect(res.status).toBe(200);
    const state = await authState('page-user@example.com');
    expect(state.body.connected_accounts[0].connected_account_status).toBe('ACTIVE');
    const reuse = await followLink(link, 'allow');
    expect(reuse.pageStatus).toBe(410);
    expect(reuse.html).toContain('already used');
  });

  it('Deny changes nothing', async () => {
    const link = (await authState('denier@example.com', true)).body.connected_accounts[0]
      .authentication_link!;
    const { res } = await followLink(link, 'deny');
    expect(await res.text()).toContain('denied');
    expect((await authState('denier@example.com')).body.connected_accounts[0].connected_account_status).toBe(
      'PENDING_AUTH',
    );
  });

  it('magic link with user_verify_url: PENDING_VERIFICATION, redirect, then user/verify makes it ACTIVE', async () => {
    const ml = await emu.api<{ link: string; expiry: string }>(
      'POST',
      '/api/v1/connected_accounts/magic_link',
      {
        connector: 'slack',
        identifier: 'verify-me@example.com',
        user_verify_url: 'https://console.example.com/connect/abc/verify?x=1',
        state: 's1',
      },
    );
    expect(ml.status).toBe(200);
    expect(Date.parse(ml.body.expiry)).toBeGreaterThan(Date.now());
    const { res } = await followLink(ml.body.link, 'allow');
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('x')).toBe('1');
    expect(location.searchParams.get('state')).toBe('s1');
    const authRequestId = location.searchParams.get('auth_request_id')!;
    const details = await emu.api<{ connected_account: { status: string } }>(
      'GET',
      '/api/v1/connected_accounts/details?connector=slack&identifier=verify-me%40example.com',
    );
    expect(details.body.connected_account.status).toBe('PENDING_VERIFICATION');
    const wrong = await emu.api('POST', '/api/v1/connected_accounts/user/verify', {
      auth_request_id: authRequestId,
      identifier: 'x@example.com',
    });
    expect(wrong.status).toBe(403);
    const ok = await emu.api('POST', '/api/v1/connected_accounts/user/verify', {
      auth_request_id: authRequestId,
      identifier: 'verify-me@example.com',
    });
    expect(ok.status).toBe(200);
    const after = await emu.api<{ connected_account: { status: string } }>(
      'GET',
      '/api/v1/connected_accounts/details?connector=slack&identifier=verify-me%40example.com',
    );
    expect(after.body.connected_account.status).toBe('ACTIVE');
    expect(
      (
        await emu.api('POST', '/api/v1/connected_accounts/user/verify', {
          auth_request_id: authRequestId,
          identifier: 'verify-me@example.com',
        })
      ).status,
    ).toBe(404);
  });
});

describe('connected accounts', () => {
  it('creates (ACTIVE with credentials), refuses duplicates with 409, disconnects and deletes', async () => {
    const created = await emu.api<{ connected_account: { id: string; status: string } }>(
      'POST',
      '/api/v1/connected_accounts',
      {
        connector: 'github',
        identifier: 'creds@example.com',
        connected_account: { authorization_details: { oauth_token: { access_token: 'x' } } },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.connected_account.status).toBe('ACTIVE');
    const dup = await emu.api('POST', '/api/v1/connected_accounts', {
      connector: 'github',
      identifier: 'creds@example.com',
    });
    expect(dup.status).toBe(409);
    const id = created.body.connected_account.id;
    const disc = await emu.api<{ connected_account: { status: string } }>(
      'POST',
      `/api/v1/connected_accounts/${id}:disconnect`,
    );
    expect(disc.body.connected_account.status).toBe('DISCONNECTED');
    expect((await emu.api('POST', '/api/v1/connected_accounts:delete', { id })).status).toBe(200);
    expect((await emu.api('GET', `/api/v1/connected_accounts/${id}`)).status).toBe(404);
  });

  it('lists with filters and page tokens, page_size below 100', async () => {
    const page = await emu.api<{
      connected_accounts: { connector: string }[];
      next_page_token: string;
      total_size: number;
    }>('GET', '/api/v1/connected_accounts?connection_names=gmail&connection_names=slack&page_size=5');
    expect(page.body.connected_accounts).toHaveLength(5);
    expect(page.body.connected_accounts.every((a) => ['gmail', 'slack'].includes(a.connector))).toBe(true);
    expect(page.body.next_page_token).toBeTruthy();
    expect((await emu.api('GET', '/api/v1/connected_accounts?page_size=100')).status).toBe(400);
  });

  it('search needs 3 to 200 characters', async () => {
    expect((await emu.api('GET', '/api/v1/connected_accounts:search?query=al')).status).toBe(400);
    const r = await emu.api<{ connected_accounts: { identifier: string }[] }>(
      'GET',
      '/api/v1/connected_accounts:search?query=alice',
    );
    expect(r.body.connected_accounts.length).toBeGreaterThan(0);
    expect(r.body.connected_accounts.every((a) => a.identifier === 'alice@example.com')).toBe(true);
  });

  it('lists connections and tools with filters and summary', async () => {
    const conns = await emu.api<{ connections: { key_id: string }[] }>('GET', '/api/v1/connections/app');
    expect(conns.body.connections.map((c) => c.key_id)).toContain('hubspot');
    const tools = await emu.api<{ tools: { definition: { name: string } }[]; total_size: number }>(
      'GET',
      '/api/v1/tools?filter.connector=hubspot&page_size=500',
    );
    expect(tools.body.total_size).toBe(457);
    const summary = await emu.api<{ tool_names: string[] }>(
      'GET',
      '/api/v1/tools?filter.tool_name=gmail_fetch_mails&filter.tool_name=slack_send_message&filter.summary=true',
    );
    expect(summary.body.tool_names.sort()).toEqual(['gmail_fetch_mails', 'slack_send_message']);
  });
});
