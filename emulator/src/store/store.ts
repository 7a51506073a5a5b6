/**
 * The emulator's state: plain maps with the indexes the API needs, persisted as one JSON snapshot.
 * Every mutation is synchronous, so concurrent requests (one event loop) can never interleave half-applied
 * changes; the snapshot is written atomically (temp file + rename) shortly after changes, and on close.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from './catalog';
import { InstanceTable } from './instances';
import { buildSeed, type SeedOptions } from './seed';
import type {
  AccountStatus,
  AuthLink,
  CatalogTool,
  ConnectedAccount,
  Connection,
  EmulatorState,
  McpConfig,
  PendingVerification,
  ToolMapping,
} from './types';

const STATE_FILE = 'emulator-state.json';

/** Why an account's status changed; the webhooks module turns it into Scalekit's event types. */
export type StatusCause = 'oauth' | 'verification' | 'refresh' | 'disconnect';

/** One change to a connected account, as the store made it (the account is a copy taken at that moment). */
export type AccountChange =
  | { kind: 'created' | 'deleted' | 'magic_link'; account: ConnectedAccount }
  | { kind: 'status'; account: ConnectedAccount; oldStatus: AccountStatus; cause?: StatusCause };
const key = (identifier: string, connectionName: string) => `${identifier}\u0000${connectionName}`;

export const newAuthRequestId = () => `ar_${randomBytes(16).toString('hex')}`;

export class Store {
  private seq = 0;
  readonly connections = new Map<string, Connection>(); // by key_id (connection name)
  readonly configs = new Map<string, McpConfig>(); // by id
  readonly accounts = new Map<string, ConnectedAccount>(); // by id
  private readonly accountsByKey = new Map<string, ConnectedAccount>();
  private readonly configsByName = new Map<string, McpConfig>();
  private readonly configsByUuid = new Map<string, McpConfig>();
  private readonly links = new Map<string, AuthLink>();
  private readonly verifications = new Map<string, PendingVerification>();
  private minted: EmulatorState['mintedTokens'] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly toolCache = new Map<string, { updatedAt: string; tools: CatalogTool[] }>();
  /** Called synchronously after every account change (webhooks hang here); must not throw or block. */
  onAccountChange: ((change: AccountChange) => void) | undefined;
  readonly instances = new InstanceTable({
    nextId: () => this.nextId('inst'),
    changed: () => this.changed(),
  });

  private constructor(
    readonly catalog: Catalog,
    private readonly dataDir: string | undefined,
  ) {}

  static open(catalog: Catalog, dataDir: string | undefined, seed: SeedOptions): Store {
    const store = new Store(catalog, dataDir);
    const file = dataDir ? path.join(dataDir, STATE_FILE) : undefined;
    if (file && existsSync(file)) {
      store.load(JSON.parse(readFileSync(file, 'utf8')) as EmulatorState);
    } else {
      store.load(buildSeed(catalog, seed));
      store.flush();
    }
    return store;
  }

  /**
   * Tools this environment's catalog does not offer (a test control): environments can run different catalog
   * versions, so a tool chosen in one may be absent in another. Not persisted; a reset brings them back.
   */
  readonly retiredTools = new Set<string>();

  private load(state: EmulatorState) {
    this.seq = state.seq;
    this.retiredTools.clear();
    for (const m of [this.connections, this.configs, this.accounts, this.accountsByKey, this.configsByName])
      m.clear();
    this.configsByUuid.clear();
    this.links.clear();
    this.verifications.clear();
    this.toolCache.clear();
    for (const c of state.connections) this.connections.set(c.keyId, c);
    for (const c of state.configs) this.indexConfig(c);
    for (const a of state.accounts) this.indexAccount(a);
    this.instances.load(state.instances ?? []);
    for (const l of state.authLinks) this.links.set(l.token, l);
    for (const v of state.verifications) this.verifications.set(v.authRequestId, v);
    this.minted = state.mintedTokens;
  }

  reset(seed: SeedOptions) {
    this.load(buildSeed(this.catalog, seed));
    this.changed();
  }

  snapshot(): EmulatorState {
    const now = Date.now();
    return {
      version: 1,
      seq: this.seq,
      connections: [...this.connections.values()],
      configs: [...this.configs.values()],
      accounts: [...this.accounts.values()],
      instances: this.instances.all(),
      // Expired links and old verifications are dropped on save: they can never be used again.
      authLinks: [...this.links.values()].filter((l) => Date.parse(l.expiresAt) > now - 3_600_000),
      verifications: [...this.verifications.values()],
      mintedTokens: this.minted.filter((t) => Date.parse(t.expiresAt) > now),
    };
  }

  /** Schedules an atomic snapshot write; bursts of changes cost one write. */
  private changed() {
    if (!this.dataDir || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, 200);
    this.timer.unref();
  }

  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dataDir) return;
    mkdirSync(this.dataDir, { recursive: true });
    const file = path.join(this.dataDir, STATE_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.snapshot()));
    renameSync(tmp, file);
  }

  nextId(prefix: 'cfg' | 'ca' | 'conn' | 'inst'): string {
    this.seq += 1;
    return `${prefix}_${String(86_000_000_000_000 + this.seq * 7919)}`;
  }

  // ---- connections
  getConnection(name: string) {
    return this.connections.get(name);
  }

  addConnection(keyId: string, connector: string): Connection {
    const c: Connection = {
      id: this.nextId('conn'),
      keyId,
      connector,
      providerKey: connector.toUpperCase(),
      type: 'OAUTH',
      status: 'COMPLETED',
      enabled: true,
      createdAt: new Date().toISOString(),
    };
    this.connections.set(keyId, c);
    this.changed();
    return c;
  }

  // ---- configs
  private indexConfig(c: McpConfig) {
    this.configs.set(c.id, c);
    this.configsByName.set(c.name.toLowerCase(), c);
    this.configsByUuid.set(c.serverUuid, c);
  }

  getConfig(id: string) {
    return this.configs.get(id);
  }

  getConfigByName(name: string) {
    return this.configsByName.get(name.toLowerCase());
  }

  getConfigByServerUuid(uuid: string) {
    return this.configsByUuid.get(uuid);
  }

  createConfig(input: { name: string; description: string; mappings: ToolMapping[] }): McpConfig {
    const now = new Date().toISOString();
    const c: McpConfig = {
      id: this.nextId('cfg'),
      ...input,
      serverUuid: randomUUID(),
      createdAt: now,
      updatedAt: now,
    };
    this.indexConfig(c);
    this.changed();
    return c;
  }

  updateConfig(id: string, patch: { description?: string; mappings?: ToolMapping[] }): McpConfig | undefined {
    const c = this.configs.get(id);
    if (!c) return undefined;
    if (patch.description !== undefined) c.description = patch.description;
    if (patch.mappings !== undefined) c.mappings = patch.mappings;
    c.updatedAt = new Date(Math.max(Date.now(), Date.parse(c.updatedAt) + 1)).toISOString();
    this.changed();
    return c;
  }

  deleteConfig(id: string): boolean {
    const c = this.configs.get(id);
    if (!c) return false;
    this.configs.delete(id);
    this.configsByName.delete(c.name.toLowerCase());
    this.configsByUuid.delete(c.serverUuid);
    this.toolCache.delete(id);
    this.instances.deleteForConfig(id);
    this.changed();
    return true;
  }

  /** The tools a config exposes: an empty list means every tool of the connection's connector. */
  resolveConfigTools(config: McpConfig): CatalogTool[] {
    const hit = this.toolCache.get(config.id);
    if (hit && hit.updatedAt === config.updatedAt) return hit.tools;
    const tools: CatalogTool[] = [];
    for (const m of config.mappings) {
      const conn = this.connections.get(m.connectionName);
      const connector = conn && this.catalog.connector(conn.connector);
      if (!connector) continue;
      if (m.tools.length === 0) tools.push(...connector.tools);
      else
        for (const name of m.tools) {
          const t = this.catalog.tool(name);
          if (t) tools.push(t);
        }
    }
    this.toolCache.set(config.id, { updatedAt: config.updatedAt, tools });
    return tools;
  }

  // ---- connected accounts
  /** The one place account changes are announced, so every route that changes an account is covered. */
  private accountChanged(change: AccountChange) {
    if (!this.onAccountChange) return;
    try {
      this.onAccountChange({ ...change, account: { ...change.account } });
    } catch (err) {
      console.error('emulator: account change hook failed:', err);
    }
  }

  private indexAccount(a: ConnectedAccount) {
    this.accounts.set(a.id, a);
    this.accountsByKey.set(key(a.identifier, a.connectionName), a);
  }

  findAccount(identifier: string, connectionName: string) {
    return this.accountsByKey.get(key(identifier, connectionName));
  }

  createAccount(input: {
    identifier: string;
    connection: Connection;
    status: AccountStatus;
    apiConfig?: Record<string, unknown>;
  }): ConnectedAccount {
    const now = new Date().toISOString();
    const a: ConnectedAccount = {
      id: this.nextId('ca'),
      identifier: input.identifier,
      connectionName: input.connection.keyId,
      connector: input.connection.connector,
      providerKey: input.connection.providerKey,
      authorizationType: input.connection.type,
      status: input.status,
      tokenExpiresAt: input.status === 'ACTIVE' ? new Date(Date.now() + 3_600_000).toISOString() : undefined,
      createdAt: now,
      updatedAt: now,
      apiConfig: input.apiConfig,
    };
    this.indexAccount(a);
    this.changed();
    this.accountChanged({ kind: 'created', account: a });
    return a;
  }

  deleteAccount(id: string): boolean {
    const a = this.accounts.get(id);
    if (!a) return false;
    this.accounts.delete(id);
    this.accountsByKey.delete(key(a.identifier, a.connectionName));
    this.changed();
    this.accountChanged({ kind: 'deleted', account: a });
    return true;
  }

  setAccountStatus(
    accountId: string,
    status: AccountStatus,
    cause?: StatusCause,
  ): ConnectedAccount | undefined {
    const a = this.accounts.get(accountId);
    if (!a) return undefined;
    const oldStatus = a.status;
    a.status = status;
    a.updatedAt = new Date().toISOString();
    a.tokenExpiresAt =
      status === 'ACTIVE'
        ? new Date(Date.now() + 3_600_000).toISOString()
        : status === 'EXPIRED'
          ? new Date(Date.now() - 1000).toISOString()
          : a.tokenExpiresAt;
    this.changed();
    this.accountChanged({ kind: 'status', account: a, oldStatus, cause });
    return a;
  }

  /** Replaces an account's api_config; the caller announces the change (setAccountStatus) once it is done. */
  setAccountApiConfig(accountId: string, apiConfig: Record<string, unknown>) {
    const a = this.accounts.get(accountId);
    if (!a) return;
    a.apiConfig = apiConfig;
    this.changed();
  }

  touchAccount(accountId: string) {
    const a = this.accounts.get(accountId);
    if (a) {
      a.lastUsedAt = new Date().toISOString();
      this.changed();
    }
  }

  // ---- auth links and user verification
  createAuthLink(
    accountId: string,
    ttlMs: number,
    extra: { userVerifyUrl?: string; state?: string } = {},
  ): AuthLink {
    const link: AuthLink = {
      token: randomBytes(24).toString('base64url'),
      accountId,
      expiresAt: new Date(Date.now() + ttlMs).toISOString(),
      ...extra,
    };
    this.links.set(link.token, link);
    this.changed();
    const account = this.accounts.get(accountId);
    if (account) this.accountChanged({ kind: 'magic_link', account });
    return link;
  }

  getAuthLink(token: string) {
    return this.links.get(token);
  }

  markLinkUsed(link: AuthLink) {
    link.usedAt = new Date().toISOString();
    this.changed();
  }

  /** The id can be made first (newAuthRequestId) so callers can build everything before changing state. */
  createVerification(account: ConnectedAccount, authRequestId = newAuthRequestId()): PendingVerification {
    const v: PendingVerification = {
      authRequestId,
      accountId: account.id,
      identifier: account.identifier,
      createdAt: new Date().toISOString(),
    };
    this.verifications.set(v.authRequestId, v);
    this.changed();
    return v;
  }

  takeVerification(authRequestId: string) {
    return this.verifications.get(authRequestId);
  }

  completeVerification(authRequestId: string) {
    this.verifications.delete(authRequestId);
    this.changed();
  }

  recordMintedToken(entry: EmulatorState['mintedTokens'][number]) {
    this.minted.push(entry);
    this.changed();
  }
}
