/**
 * The demo seed comes in two variants, one per environment the embedded default runs: `development` (the demo
 * seed as it always was) and `production`, which differs from it on purpose so comparing and promoting have
 * something to show:
 *  - it lacks the `notion` connection (so development's `engineering-agent`, which maps it, cannot be promoted
 *    as it is), and its `googledrive` connection is backed by another connector (OneDrive);
 *  - `engineering-agent` exists only in development;
 *  - `email-assistant` is an older version there: fewer tools on both of its connections;
 *  - a few users are ready in one and not the other: alice's Salesforce has expired in production (sales-agent),
 *    bob and carol are ready for email-assistant in production only, jane-doe is ready for the guide's config in
 *    production only.
 * Production's ids, server URLs and times are its own (a real environment shares no ids with another), and just
 * as deterministic.
 */
import type { AccountStatus, ToolMapping } from './types';

export const SEED_VARIANTS = ['development', 'production'] as const;
export type SeedVariant = (typeof SEED_VARIANTS)[number];

export interface ConfigSeed {
  name: string;
  description: string;
  serverUuid: string;
  mappings: ToolMapping[];
}

export interface SeedVariantProfile {
  /** Where this environment's ids start (`cfg_<idBase + n * 7919>`). */
  idBase: number;
  /** The connector behind a seeded connection name; null when this environment lacks the connection. */
  connectorOf(connection: string, developmentConnector: string): string | null;
  /** This environment's version of a seeded config; null when it lacks the config. */
  config(c: ConfigSeed): ConfigSeed | null;
  /** A named user's status on a connection, given the status development seeds. */
  namedStatus(
    identifier: string,
    connection: string,
    development: AccountStatus | null,
  ): AccountStatus | null;
}

const DEVELOPMENT: SeedVariantProfile = {
  idBase: 86_000_000_000_000,
  connectorOf: (_name, connector) => connector,
  config: (c) => c,
  namedStatus: (_id, _conn, status) => status,
};

// Each config's server is its own in each environment.
const PRODUCTION_SERVER_UUIDS: Record<string, string> = {
  'email-assistant': '9b2e4c6a-1d3f-4e5a-8b7c-6d5e4f3a2b11',
  'sales-agent': 'c8d7e6f5-a4b3-4c2d-9e1f-0a9b8c7d6e12',
  'reminder-assistant': '2f4e6d8c-0b1a-4c3e-9d5f-7a6b5c4d3e14',
};

// The version of email-assistant production still runs: before send-by-id and creating events were added.
const OLDER_EMAIL_ASSISTANT: ToolMapping[] = [
  { connectionName: 'gmail', tools: ['gmail_fetch_mails', 'gmail_send_message'] },
  { connectionName: 'googlecalendar', tools: ['googlecalendar_list_events'] },
];

const PRODUCTION_STATUSES: Record<string, Record<string, AccountStatus | null>> = {
  'alice@example.com': { salesforce: 'EXPIRED' },
  'bob@example.com': { googlecalendar: 'ACTIVE' },
  'carol@example.com': { gmail: 'ACTIVE' },
  'jane-doe': { MY_CALENDAR: 'ACTIVE' },
};

const PRODUCTION: SeedVariantProfile = {
  idBase: 87_000_000_000_000,
  connectorOf: (name, connector) =>
    name === 'notion' ? null : name === 'googledrive' ? 'onedrive' : connector,
  config(c) {
    if (c.name === 'engineering-agent') return null;
    const serverUuid = PRODUCTION_SERVER_UUIDS[c.name] ?? c.serverUuid;
    return { ...c, serverUuid, mappings: c.name === 'email-assistant' ? OLDER_EMAIL_ASSISTANT : c.mappings };
  },
  namedStatus: (identifier, connection, status) => {
    const own = PRODUCTION_STATUSES[identifier];
    return own && connection in own ? own[connection] : status;
  },
};

export const seedVariantProfile = (variant: SeedVariant = 'development'): SeedVariantProfile =>
  variant === 'production' ? PRODUCTION : DEVELOPMENT;
