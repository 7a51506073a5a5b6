/**
 * The emulator's domain model: the contract between the REST layer, the hosted authorization pages,
 * session tokens and the MCP servers. Stored values are internal; `emulator/src/http/wire.ts` turns them
 * into Scalekit's wire format (snake_case, enum names, RFC 3339, zero values omitted).
 */

export const ACCOUNT_STATUSES = [
  'ACTIVE',
  'EXPIRED',
  'PENDING_AUTH',
  'PENDING_VERIFICATION',
  'DISCONNECTED',
] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const ACCESS_LEVELS = ['FULL', 'READ_ONLY'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** One tool of the connector catalog (from emulator/data/connectors.json), with derived fields. */
export interface CatalogTool {
  name: string;
  connector: string; // connector slug, e.g. "gmail"
  description: string; // our own short description
  params: { name: string; type: string; required: boolean }[];
  inputSchema: {
    type: 'object';
    properties: Record<string, { type: string; description?: string }>;
    required: string[];
  };
  readOnly: boolean; // read-style tool (fetch/get/list/search...): READ_ONLY tokens may call it
}

export interface CatalogConnector {
  slug: string;
  label: string;
  authType: string;
  categories: string[];
  tools: CatalogTool[];
}

/** An AgentKit app connection ("ListConnection"); `keyId` is the connection name used everywhere. */
export interface Connection {
  id: string; // conn_<digits>
  keyId: string; // connection name, e.g. "gmail"
  connector: string; // catalog slug
  providerKey: string; // upper-case provider, e.g. "GMAIL"
  type: 'OAUTH' | 'API_KEY' | 'BASIC' | 'BEARER' | 'NO_AUTH';
  status: 'COMPLETED';
  enabled: boolean;
  createdAt: string; // RFC 3339
}

export interface ToolMapping {
  connectionName: string;
  tools: string[]; // empty = every tool of the connection's connector, including tools added later
}

export interface McpConfig {
  id: string; // cfg_<digits>
  name: string;
  description: string;
  mappings: ToolMapping[];
  serverUuid: string; // mcp_server_url = <base>/mcp/v3/servers/<serverUuid>
  createdAt: string;
  updatedAt: string;
}

export interface ConnectedAccount {
  id: string; // ca_<digits>
  identifier: string;
  connectionName: string;
  connector: string;
  providerKey: string;
  authorizationType: string; // ConnectorType name, e.g. "OAUTH"
  status: AccountStatus;
  tokenExpiresAt?: string; // set when ACTIVE
  createdAt: string;
  updatedAt: string;
  lastUsedAt?: string;
  apiConfig?: Record<string, unknown>;
}

/**
 * A per-user MCP instance (API.md §7): one user's URL on one config. The URL carries `secret` and is the
 * only credential an agent presents, so the secret is random (256 bits) and never derived from anything.
 */
export interface McpInstance {
  id: string; // inst_<digits>
  name: string;
  userIdentifier: string;
  configId: string; // tools resolve live from the config; deleting the config deletes its instances
  secret: string; // url = <base>/mcp/v2/instances/<id>/<secret>
  createdAt: string;
  updatedAt: string;
  lastUsedAt?: string;
}

/** A single-use link to the hosted authorization page (auth links and magic links). */
export interface AuthLink {
  token: string; // random, URL-safe; the page is <base>/connect/authorize/<token>
  accountId: string;
  expiresAt: string;
  usedAt?: string;
  userVerifyUrl?: string; // when set, Allow moves the account to PENDING_VERIFICATION and redirects here
  state?: string;
}

/** An OAuth flow that finished on the hosted page and waits for the app's user/verify call. */
export interface PendingVerification {
  authRequestId: string;
  accountId: string;
  identifier: string;
  createdAt: string;
}

/** Everything the emulator persists. One JSON document, written atomically. */
export interface EmulatorState {
  version: 1;
  seq: number; // id counter for cfg_/ca_/conn_/inst_ ids
  connections: Connection[];
  configs: McpConfig[];
  accounts: ConnectedAccount[];
  instances?: McpInstance[]; // absent in snapshots written before instances existed
  authLinks: AuthLink[];
  verifications: PendingVerification[];
  mintedTokens: {
    jti: string;
    configId: string;
    identifier: string;
    accessLevel: AccessLevel;
    expiresAt: string;
  }[];
}
