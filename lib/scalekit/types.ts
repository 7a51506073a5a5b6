/** The app's own shapes for Scalekit data (camelCase, defaults filled in). Pages never see wire payloads. */
export const ACCOUNT_STATUSES = [
  'ACTIVE',
  'EXPIRED',
  'PENDING_AUTH',
  'PENDING_VERIFICATION',
  'DISCONNECTED',
] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
/** What a session token may do: every tool, or only read-only ones. */
export const ACCESS_LEVELS = ['FULL', 'READ_ONLY'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface ToolMapping {
  connectionName: string;
  connectionId: string;
  provider: string;
  tools: string[]; // empty = every tool of the connection, including tools added later
}

export interface McpConfig {
  id: string;
  name: string;
  description: string;
  mcpServerUrl: string;
  mappings: ToolMapping[];
}

export interface Page<T> {
  items: T[];
  nextPageToken: string;
  prevPageToken: string;
  totalSize: number;
}

export interface ConnectionAuthState {
  connectionId: string;
  connectionName: string;
  provider: string;
  connectedAccountId: string;
  status: AccountStatus | null; // null: not connected yet
  authLink: string;
}

export interface ConnectedAccount {
  id: string;
  identifier: string;
  connectionName: string;
  connectionId: string;
  provider: string;
  status: AccountStatus | null;
  authorizationType: string;
  tokenExpiresAt: string | null;
  updatedAt: string | null;
  lastUsedAt: string | null;
}

export interface Connection {
  id: string;
  name: string; // key_id: the connection name used in mappings
  provider: string;
  type: string;
  status: string;
  enabled: boolean;
  mcpServerUrl: string;
}

export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: { properties: Record<string, { type?: string; description?: string }>; required: string[] };
  readOnly: boolean;
}

/** One user's MCP URL on one config (API.md §7). `url` is a credential: it needs no Authorization header. */
export interface McpInstance {
  id: string;
  name: string;
  userIdentifier: string;
  config: McpConfig | null; // null if the config is gone
  url: string;
  lastUsedAt: string | null;
  updatedAt: string | null;
}
