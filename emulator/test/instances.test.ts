/** The instance REST API (API.md §7): ensure, list, get, update, delete, auth state, seed and persistence. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './helpers';

interface Instance {
  id: string;
  name: string;
  user_identifier: string;
  config: { id: string; name: string };
  url: string;
  last_used_at?: string;
  updated_at: string;
}
interface AuthEntry {
  connection_id?: string;
  connection_name: string;
  provider?: string;
  connected_account_id?: string;
  connected_account_status?: string;
  authentication_link?: string;
}
interface ErrorBody {
  message: string;
  details: { validation_error_info?: { field_violations: { field: string; description: string }[] } }[];
}
type List = {
  instances?: Instance[];
  next_page_token?: string;
  prev_page_token?: string;
  total_size?: number;
};

const I = '/api/v1/mcp/instances';
let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());

const ensure = (body: Record<string, unknown>) => emu.api<{ instance: Instance }>('POST', I, body);
const list = (q: string) => emu.api<List>('GET', `${I}?${q}`);
const fields = (b: ErrorBody) =>
  b.details.flatMap((d) => d.validation_error_info?.field_violations ?? []).map((v) => v.field);
const authState = (id: string, body: Record<string, unknown> = {}) =>
  emu.api<{ connections: AuthEntry[] }>('POST', `${I}/${id}:get_auth_state`, body);
let configSeq = 0;
async function newConfig(mappings: { connection_name: string; tools?: string[] }[]) {
  const r = await emu.api<{ config: { id: string; name: string } }>('POST', '/api/v1/mcp/configs', {
    name: `inst-test-${++configSeq}`,
    connection_tool_mappings: mappings,
  });
  expect(r.status).toBe(201);
  return r.body.config;
}

describe('ensure', () => {
  it('creates an instance with the documented fields, and returns the same one when called again', async () => {
    const first = await ensure({ config_name: 'email-assistant', user_identifier: 'erin@example.com' });
    expect(first.status).toBe(200);
    const inst = first.body.instance;
    expect(inst.id).toMatch(/^inst_\d+$/);
    expect(inst.name).toBe('email-assistant'); // no name: the config's name
    expect(inst.user_identifier).toBe('erin@example.com');
    expect(inst.config.name).toBe('email-assistant');
    expect(inst.config.id).toMatch(/^cfg_\d+$/);
    // The URL is the credential: at least 128 random bits after the id.
    const m = new RegExp(`^${emu.url}/mcp/v2/instances/${inst.id}/([A-Za-z0-9_-]+)$`).exec(inst.url);
    expect(m?.[1].length).toBeGreaterThanOrEqual(22);
    expect(new Date(inst.updated_at).toISOString()).toBe(inst.updated_at);
    expect(inst).not.toHaveProperty('last_used_at'); // never used: omitted, like every zero value

    const again = await ensure({ config_name: 'email-assistant', user_identifier: 'erin@example.com' });
    expect(again.body.instance).toEqual(inst);
    const explicit = await ensure({
      config_name: 'email-assistant',
      user_identifier: 'erin@example.com',
      name: 'email-assistant',
    });
    expect(explicit.body.instance.id).toBe(inst.id);

    const named = await ensure({
      config_name: 'email-assistant',
      user_identifier: 'erin@example.com',
      name: 'second',
    });
    expect(named.body.instance.id).not.toBe(inst.id);
    expect(named.body.instance.url).not.toBe(inst.url);
    const other = await ensure({ config_name: 'sales-agent', user_identifier: 'erin@example.com' });
    expect(other.body.instance.id).not.toBe(inst.id);
  });

  it('creates exactly one instance under 20 concurrent identical calls', async () => {
    const body = { config_name: 'sales-agent', user_identifier: 'burst@example.com' };
    const all = await Promise.all(Array.from({ length: 20 }, () => ensure(body)));
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(all.map((r) => r.body.instance.id)).size).toBe(1);
    const listed = await list('filter.user_identifier=burst%40example.com');
    expect(listed.body.total_size).toBe(1);
  });

  it('rejects bad input with field violations naming what to fix, and changes nothing', async () => {
    const before = (await list('page_size=1')).body.total_size;
    const missing = await emu.api<ErrorBody>('POST', I, {});
    expect(missing.status).toBe(400);
    expect(fields(missing.body).sort()).toEqual(['config_name', 'user_identifier']);
    const unknown = await emu.api<ErrorBody>('POST', I, { config_name: 'nope', user_identifier: 'a' });
    expect(unknown.status).toBe(400);
    expect(fields(unknown.body)).toEqual(['config_name']);
    expect(unknown.body.message).toContain('"nope" does not exist');
    const badName = await emu.api<ErrorBody>('POST', I, {
      config_name: 'email-assistant',
      user_identifier: 'a',
      name: 42,
    });
    expect(badName.status).toBe(400);
    expect(fields(badName.body)).toEqual(['name']);
    const long = await emu.api<ErrorBody>('POST', I, {
      config_name: 'email-assistant',
      user_identifier: 'x'.repeat(256),
    });
    expect(long.status).toBe(400);
    expect((await list('page_size=1')).body.total_size).toBe(before);
  });

  it('needs an API token', async () => {
    const res = await fetch(`${emu.url}${I}`, {
      method: 'POST',
      body: JSON.stringify({ config_name: 'email-assistant', user_identifier: 'a' }),
    });
    expect(res.status).toBe(401);
  });
});

describe('list, get, update, delete', () => {
  it('pages at most 30 at a time with working page tokens and total_size', async () => {
    const cfg = await newConfig([{ connection_name: 'notion' }]);
    for (let i = 0; i < 33; i++)
      await ensure({
        config_name: cfg.name,
        user_identifier: `page-${String(i).padStart(2, '0')}@example.com`,
      });
    const first = await list(`filter.config_name=${cfg.name}&page_size=30`);
    expect(first.body.instances).toHaveLength(30);
    expect(first.body.total_size).toBe(33);
    expect(first.body.prev_page_token).toBeUndefined();
    const second = await list(
      `filter.config_name=${cfg.name}&page_size=30&page_token=${first.body.next_page_token}`,
    );
    expect(second.body.instances).toHaveLength(3);
    expect(second.body.next_page_token).toBeUndefined();
    const ids = [...first.body.instances!, ...second.body.instances!].map((i) => i.user_identifier);
    expect(new Set(ids).size).toBe(33);
    expect(ids[0]).toBe('page-00@example.com'); // oldest first
    const defaults = await list(`filter.config_name=${cfg.name}`);
    expect(defaults.body.instances).toHaveLength(30);
    expect((await list('page_size=31')).status).toBe(400);
    expect((await list('page_token=garbage')).status).toBe(400);
  });

  it('filters by id, name, config name, user identifier and search', async () => {
    const cfg = await newConfig([{ connection_name: 'linear' }]);
    const a = (await ensure({ config_name: cfg.name, user_identifier: 'Frank@Example.com', name: 'laptop' }))
      .body.instance;
    const b = (await ensure({ config_name: cfg.name, user_identifier: 'grace@example.com', name: 'phone' }))
      .body.instance;
    const ids = (r: { body: List }) => (r.body.instances ?? []).map((i) => i.id).sort();
    expect(ids(await list(`filter.id=${a.id}`))).toEqual([a.id]);
    expect(ids(await list(`filter.config_name=${cfg.name}&filter.name=phone`))).toEqual([b.id]);
    expect(ids(await list(`filter.config_name=${cfg.name.toUpperCase()}`))).toEqual([a.id, b.id].sort());
    expect(ids(await list('filter.user_identifier=grace%40example.com'))).toContain(b.id);
    expect(ids(await list('filter.user_identifier=grace%40example.com'))).not.toContain(a.id);
    expect(ids(await list(`filter.config_name=${cfg.name}&search=frank`))).toEqual([a.id]); // case-insensitive
    expect(ids(await list(`filter.config_name=${cfg.name}&search=LAP`))).toEqual([a.id]); // names too
    const none = await list('filter.config_name=no-such-config');
    expect(none.status).toBe(200);
    expect(none.body.total_size ?? 0).toBe(0);
    expect((await list(`search=${'s'.repeat(101)}`)).status).toBe(400);
  });

  it('gets one instance, and 404s an unknown id', async () => {
    const inst = (await ensure({ config_name: 'email-assistant', user_identifier: 'get@example.com' })).body
      .instance;
    const got = await emu.api<{ instance: Instance }>('GET', `${I}/${inst.id}`);
    expect(got.body.instance).toEqual(inst);
    const missing = await emu.api<ErrorBody>('GET', `${I}/inst_404`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('does not exist');
  });

  it('updates name and config, keeps the URL, and refuses empty, unknown and clashing updates', async () => {
    const inst = (await ensure({ config_name: 'email-assistant', user_identifier: 'patch@example.com' })).body
      .instance;
    const renamed = await emu.api<{ instance: Instance }>('PATCH', `${I}/${inst.id}`, { name: 'renamed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.instance).toMatchObject({ id: inst.id, name: 'renamed', url: inst.url });
    expect(Date.parse(renamed.body.instance.updated_at)).toBeGreaterThan(Date.parse(inst.updated_at));
    const moved = await emu.api<{ instance: Instance }>('PATCH', `${I}/${inst.id}`, {
      config_name: 'sales-agent',
    });
    expect(moved.body.instance.config.name).toBe('sales-agent');
    expect(moved.body.instance.name).toBe('renamed');
    // The identity moved with it: ensuring the new key returns this instance.
    const same = await ensure({
      config_name: 'sales-agent',
      user_identifier: 'patch@example.com',
      name: 'renamed',
    });
    expect(same.body.instance.id).toBe(inst.id);

    const empty = await emu.api<ErrorBody>('PATCH', `${I}/${inst.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('name or config_name');
    const unknown = await emu.api<ErrorBody>('PATCH', `${I}/${inst.id}`, { config_name: 'nope' });
    expect(unknown.status).toBe(400);
    expect(fields(unknown.body)).toEqual(['config_name']);
    const other = (
      await ensure({ config_name: 'sales-agent', user_identifier: 'patch@example.com', name: 'taken' })
    ).body.instance;
    const clash = await emu.api<ErrorBody>('PATCH', `${I}/${inst.id}`, { name: 'taken' });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain(other.id);
    const after = await emu.api<{ instance: Instance }>('GET', `${I}/${inst.id}`);
    expect(after.body.instance).toMatchObject({ name: 'renamed', config: { name: 'sales-agent' } });
    expect((await emu.api('PATCH', `${I}/inst_404`, { name: 'x' })).status).toBe(404);
  });

  it('deletes an instance once, then 404s it', async () => {
    const inst = (await ensure({ config_name: 'email-assistant', user_identifier: 'del@example.com' })).body
      .instance;
    const del = await emu.api('DELETE', `${I}/${inst.id}`);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({});
    expect((await emu.api('GET', `${I}/${inst.id}`)).status).toBe(404);
    expect((await emu.api('DELETE', `${I}/${inst.id}`)).status).toBe(404);
    // Ensuring again makes a new instance with a new URL.
    const fresh = (await ensure({ config_name: 'email-assistant', user_identifier: 'del@example.com' })).body
      .instance;
    expect(fresh.id).not.toBe(inst.id);
    expect(fresh.url).not.toBe(inst.url);
  });

  it('deleting a config deletes its instances', async () => {
    const cfg = await newConfig([{ connection_name: 'github' }]);
    const inst = (await ensure({ config_name: cfg.name, user_identifier: 'cascade@example.com' })).body
      .instance;
    expect((await emu.api('DELETE', `/api/v1/mcp/configs/${cfg.id}`)).status).toBe(200);
    expect((await emu.api('GET', `${I}/${inst.id}`)).status).toBe(404);
    expect((await list(`filter.id=${inst.id}`)).body.total_size ?? 0).toBe(0);
  });
});

describe('auth state', () => {
  const seeded = async (identifier: string) =>
    (
      await list(
        `filter.config_name=reminder-assistant&filter.user_identifier=${encodeURIComponent(identifier)}`,
      )
    ).body.instances![0];

  it('reports each mapped connection for the instance user, read-only without links', async () => {
    const john = await seeded('john-doe');
    const r = await authState(john.id);
    expect(r.status).toBe(200);
    expect(r.body.connections).toHaveLength(2);
    for (const c of r.body.connections) {
      expect(c).toMatchObject({
        connection_id: expect.stringMatching(/^conn_/),
        provider: c.connection_name === 'MY_GMAIL' ? 'GMAIL' : 'GOOGLECALENDAR',
        connected_account_id: expect.stringMatching(/^ca_/),
        connected_account_status: 'ACTIVE',
      });
      expect(c.authentication_link).toBeUndefined();
    }
    const jane = await authState((await seeded('jane-doe')).id, { include_auth_links: false });
    expect(
      Object.fromEntries(jane.body.connections.map((c) => [c.connection_name, c.connected_account_status])),
    ).toEqual({ MY_GMAIL: 'ACTIVE', MY_CALENDAR: 'PENDING_AUTH' });
    expect(jane.body.connections.every((c) => !c.authentication_link)).toBe(true);
  });

  it('with links, creates missing accounts and links by the same rules as the config-level call', async () => {
    const dave = await seeded('dave@example.com');
    const before = await authState(dave.id);
    expect(before.body.connections.map((c) => c.connected_account_id)).toEqual([undefined, undefined]);
    // Read-only really is read-only: still nothing afterwards.
    expect((await authState(dave.id)).body.connections.every((c) => !c.connected_account_id)).toBe(true);

    const linked = await authState(dave.id, { include_auth_links: true });
    expect(linked.body.connections).toHaveLength(2);
    for (const c of linked.body.connections) {
      expect(c.connected_account_status).toBe('PENDING_AUTH');
      expect(c.authentication_link).toMatch(new RegExp(`^${emu.url}/connect/authorize/[\\w-]+$`));
    }
    const page = await fetch(linked.body.connections[0].authentication_link!);
    expect(await page.text()).toContain('dave@example.com');

    // The config-level call sees the same accounts (and would have created the same ones).
    const configLevel = await emu.api<{ connected_accounts: AuthEntry[] }>(
      'POST',
      `/api/v1/mcp/configs/${dave.config.id}/connected_accounts`,
      { identifier: 'dave@example.com' },
    );
    expect(configLevel.body.connected_accounts).toEqual(
      linked.body.connections.map(({ authentication_link: _link, ...rest }) => rest),
    );
  });

  it('rejects a non-boolean include_auth_links and 404s an unknown instance', async () => {
    const john = await seeded('john-doe');
    const bad = await emu.api<ErrorBody>('POST', `${I}/${john.id}:get_auth_state`, {
      include_auth_links: 'yes',
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['include_auth_links']);
    expect((await authState('inst_404')).status).toBe(404);
  });
});

describe('seed and persistence', () => {
  it('seeds the guides connections, a config mapping them, and instances for named users', async () => {
    const conns = await emu.api<{ connections: { key_id: string; provider: string }[] }>(
      'GET',
      '/api/v1/connections/app',
    );
    const byKey = Object.fromEntries(conns.body.connections.map((c) => [c.key_id, c.provider]));
    expect(byKey).toMatchObject({ MY_GMAIL: 'GMAIL', MY_CALENDAR: 'GOOGLECALENDAR' });
    const seeded = await list('filter.config_name=reminder-assistant');
    expect(seeded.body.instances!.map((i) => i.user_identifier)).toEqual([
      'john-doe',
      'jane-doe',
      'dave@example.com',
    ]);
    const cfg = seeded.body.instances![0].config as unknown as {
      connection_tool_mappings: { connection_name: string }[];
    };
    expect(cfg.connection_tool_mappings.map((m) => m.connection_name)).toEqual(['MY_GMAIL', 'MY_CALENDAR']);
  });

  it('keeps instances and their URLs across a restart', async () => {
    const own = await startTestEmulator({ seed: 'none' });
    await own.api('POST', '/api/v1/mcp/configs', { name: 'keep', connection_tool_mappings: [] });
    const made = await own.api<{ instance: Instance }>('POST', I, {
      config_name: 'keep',
      user_identifier: 'k',
    });
    await own.close();
    const again = await startTestEmulator({ dataDir: own.dataDir, seed: 'none' });
    try {
      const got = await again.api<{ instance: Instance }>('GET', `${I}/${made.body.instance.id}`);
      expect(got.body.instance.url.replace(again.url, '')).toBe(made.body.instance.url.replace(own.url, ''));
    } finally {
      await again.stop();
      rmSync(own.dataDir, { recursive: true, force: true });
    }
  });
});
