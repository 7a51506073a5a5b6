/**
 * The deterministic demo seed: ten connections named after their connectors, three configs, and a
 * configurable number of identifiers with mixed statuses. Same options, same ids and statuses, every time.
 * The `production` variant differs from it on purpose (./seed-variants.ts).
 */
import type { Catalog } from './catalog';
import { newInstanceSecret } from './instances';
import { prng } from './prng';
import {
  seedVariantProfile,
  type ConfigSeed,
  type SeedVariant,
  type SeedVariantProfile,
} from './seed-variants';
import type { AccountStatus, ConnectedAccount, Connection, EmulatorState, McpConfig } from './types';

export interface SeedOptions {
  seed: 'demo' | 'none';
  seedUsers: number;
  /** Which environment's demo data (default development). */
  variant?: SeedVariant;
}

export const SEED_CONNECTORS = [
  'gmail',
  'googlecalendar',
  'slack',
  'github',
  'notion',
  'linear',
  'jira',
  'hubspot',
  'salesforce',
  'googledrive',
] as const;

// Named demo users a person can look up: one ready everywhere, one half-way through, one with expiries.
const NAMED_USERS: { identifier: string; status: (connector: string) => AccountStatus | null }[] = [
  { identifier: 'alice@example.com', status: () => 'ACTIVE' },
  {
    identifier: 'bob@example.com',
    status: (c) =>
      c === 'gmail' || c === 'slack' ? 'ACTIVE' : c === 'googlecalendar' ? 'PENDING_AUTH' : null,
  },
  { identifier: 'carol@example.com', status: (c) => (c === 'gmail' ? 'EXPIRED' : 'ACTIVE') },
  { identifier: 'dave@example.com', status: () => null },
];

const FIXED_EPOCH = Date.parse('2026-01-05T09:00:00Z');

/**
 * The connections Scalekit's MCP guides use (MY_GMAIL, MY_CALENDAR), a config mapping them, and instances:
 * the guide's john-doe ready, jane-doe half-way, dave with nothing. Added after everything else so every id
 * seeded before it stays the same, and no earlier named user gains an account (console tests count them). The config is not called "reminder-manager": the guide creates that
 * one itself, and a seeded one would make its create_config fail with 409.
 */
function addGuideSeed(
  state: EmulatorState,
  catalog: Catalog,
  profile: SeedVariantProfile,
  h: {
    id: (prefix: string) => string;
    at: (minutes: number) => string;
    account: (
      identifier: string,
      conn: Connection,
      status: AccountStatus,
      minute: number,
    ) => ConnectedAccount;
  },
) {
  const guide: Connection[] = GUIDE_CONNECTIONS.filter((g) => catalog.connector(g.connector)).map((g, i) => ({
    id: h.id('conn'),
    keyId: g.keyId,
    connector: g.connector,
    providerKey: g.connector.toUpperCase(),
    type: 'OAUTH',
    status: 'COMPLETED',
    enabled: true,
    createdAt: h.at(10 + i),
  }));
  state.connections.push(...guide);
  const seeded = profile.config({
    name: GUIDE_CONFIG,
    description: "Scalekit's MCP guide: fetch the latest email, add a calendar reminder",
    serverUuid: '5c7e9a1b-3d2f-4e8a-b0c6-1f9d8e7a6b04',
    mappings: [
      { connectionName: 'MY_GMAIL', tools: ['gmail_fetch_mails'] },
      { connectionName: 'MY_CALENDAR', tools: ['googlecalendar_create_event', 'googlecalendar_list_events'] },
    ],
  });
  if (!seeded) return;
  const config: McpConfig = {
    id: h.id('cfg'),
    ...seeded,
    mappings: seeded.mappings
      .filter((m) => guide.some((c) => c.keyId === m.connectionName))
      .map((m) => ({ ...m, tools: m.tools.filter((t) => catalog.tool(t)) })),
    createdAt: h.at(63),
    updatedAt: h.at(63),
  };
  state.configs.push(config);
  const byKey = new Map(guide.map((c) => [c.keyId, c]));
  let minute = 115;
  const statuses: [string, string, AccountStatus][] = [
    ['john-doe', 'MY_GMAIL', 'ACTIVE'],
    ['john-doe', 'MY_CALENDAR', 'ACTIVE'],
    ['jane-doe', 'MY_GMAIL', 'ACTIVE'],
    ['jane-doe', 'MY_CALENDAR', 'PENDING_AUTH'],
  ];
  for (const [identifier, keyId, development] of statuses) {
    const conn = byKey.get(keyId);
    const status = profile.namedStatus(identifier, keyId, development);
    if (conn && status) state.accounts.push(h.account(identifier, conn, status, minute++));
  }
  // Ids, names and times are deterministic; the secrets are not, since they are credentials.
  state.instances = ['john-doe', 'jane-doe', 'dave@example.com'].map((identifier, i) => ({
    id: h.id('inst'),
    name: GUIDE_CONFIG,
    userIdentifier: identifier,
    configId: config.id,
    secret: newInstanceSecret(),
    createdAt: h.at(200 + i),
    updatedAt: h.at(200 + i),
  }));
}

export const GUIDE_CONFIG = 'reminder-assistant';
const GUIDE_CONNECTIONS = [
  { keyId: 'MY_GMAIL', connector: 'gmail' },
  { keyId: 'MY_CALENDAR', connector: 'googlecalendar' },
];

function pickStatus(r: number): AccountStatus | null {
  if (r < 0.55) return 'ACTIVE';
  if (r < 0.7) return 'PENDING_AUTH';
  if (r < 0.8) return 'EXPIRED';
  if (r < 0.84) return 'DISCONNECTED';
  if (r < 0.87) return 'PENDING_VERIFICATION';
  return null;
}

export function buildSeed(catalog: Catalog, opts: SeedOptions): EmulatorState {
  const profile = seedVariantProfile(opts.variant);
  let seq = 0;
  const id = (prefix: string) => `${prefix}_${String(profile.idBase + ++seq * 7919)}`;
  const at = (minutes: number) => new Date(FIXED_EPOCH + minutes * 60_000).toISOString();
  const expiredAt = (minute: number) =>
    new Date(Date.now() - (2 + ((minute * 37) % 140)) * 3_600_000).toISOString();
  const state: EmulatorState = {
    version: 1,
    seq: 0,
    connections: [],
    configs: [],
    accounts: [],
    instances: [],
    authLinks: [],
    verifications: [],
    mintedTokens: [],
  };
  if (opts.seed === 'none') return state;

  // One slot per development connection, in order; a variant may leave a slot empty (it lacks the connection)
  // or put another connector behind the same name.
  const slots = SEED_CONNECTORS.filter((slug) => catalog.connector(slug)).map((slug, i) => {
    const connector = profile.connectorOf(slug, slug);
    if (!connector || !catalog.connector(connector)) return null;
    const conn: Connection = {
      id: id('conn'),
      keyId: slug,
      connector,
      providerKey: connector.toUpperCase(),
      type: 'OAUTH',
      status: 'COMPLETED',
      enabled: true,
      createdAt: at(i),
    };
    return conn;
  });
  const connections = slots.filter((c): c is Connection => c !== null);
  state.connections = connections;

  const configs: ConfigSeed[] = [
    {
      name: 'email-assistant',
      description: 'Reads and sends mail, manages the calendar',
      serverUuid: '6f1c2a9e-0b7d-4c61-9a53-2e8f4d1b7c01',
      mappings: [
        {
          connectionName: 'gmail',
          tools: ['gmail_fetch_mails', 'gmail_send_message', 'gmail_get_message_by_id'],
        },
        {
          connectionName: 'googlecalendar',
          tools: ['googlecalendar_list_events', 'googlecalendar_create_event'],
        },
      ],
    },
    {
      name: 'sales-agent',
      description: 'CRM research and outreach',
      serverUuid: '0d3e5b7a-8c21-4f9e-b6a4-7c2d9e1f3a02',
      mappings: [
        { connectionName: 'hubspot', tools: [] },
        { connectionName: 'salesforce', tools: ['salesforce_accounts_list', 'salesforce_account_get'] },
        { connectionName: 'slack', tools: ['slack_send_message', 'slack_list_channels'] },
      ],
    },
    {
      name: 'engineering-agent',
      description: 'Triage across GitHub, Linear, Jira and Notion',
      serverUuid: 'a4b9c2d1-5e6f-4a7b-8c9d-0e1f2a3b4c03',
      mappings: [
        { connectionName: 'github', tools: [] },
        { connectionName: 'linear', tools: [] },
        { connectionName: 'jira', tools: ['jira_issue_get', 'jira_issue_create'] },
        { connectionName: 'notion', tools: [] },
      ],
    },
  ];
  state.configs = configs.flatMap((seeded, i) => {
    const c = profile.config(seeded);
    if (!c) return [];
    // Keep the seed valid even if the catalog lacks a named tool or this environment a mapped connection.
    const mappings = c.mappings
      .filter((m) => connections.some((conn) => conn.keyId === m.connectionName))
      .map((m) => ({ ...m, tools: m.tools.filter((t) => catalog.tool(t)) }));
    return [{ ...c, mappings, id: id('cfg'), createdAt: at(60 + i), updatedAt: at(60 + i) }];
  });

  const account = (
    identifier: string,
    conn: Connection,
    status: AccountStatus,
    minute: number,
  ): ConnectedAccount => ({
    id: id('ca'),
    identifier,
    connectionName: conn.keyId,
    connector: conn.connector,
    providerKey: conn.providerKey,
    authorizationType: 'OAUTH',
    status,
    // ACTIVE tokens expire a day after seeding time so the demo stays green; EXPIRED ones within the last
    // week (2 h to 6 days ago), so the seeded tool-call history shows calls failing after the expiry.
    tokenExpiresAt:
      status === 'ACTIVE'
        ? new Date(Date.now() + 86_400_000).toISOString()
        : status === 'EXPIRED'
          ? expiredAt(minute)
          : undefined,
    createdAt: at(minute),
    updatedAt: status === 'EXPIRED' ? expiredAt(minute) : at(minute + 5),
  });

  let minute = 120;
  for (const u of NAMED_USERS) {
    for (const conn of connections) {
      const s = profile.namedStatus(u.identifier, conn.keyId, u.status(conn.keyId));
      if (s) state.accounts.push(account(u.identifier, conn, s, minute++));
    }
  }
  const rand = prng(20260105);
  const width = Math.max(4, String(opts.seedUsers).length);
  for (let i = 1; i <= opts.seedUsers; i++) {
    const identifier = `user-${String(i).padStart(width, '0')}@example.com`;
    // A draw for every slot, filled or not, so an environment lacking a connection keeps everyone else's statuses.
    for (const conn of slots) {
      const s = pickStatus(rand());
      if (s && conn) state.accounts.push(account(identifier, conn, s, minute++));
    }
  }
  addGuideSeed(state, catalog, profile, { id, at, account });
  state.seq = seq;
  return state;
}
