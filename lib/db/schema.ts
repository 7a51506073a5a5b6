import { bigint, bigserial, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { ACCESS_LEVELS } from '@/lib/scalekit/types';

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  actorEmail: text('actor_email').notNull(),
  actorRole: text('actor_role').notNull(),
  action: text('action').notNull(),
  target: text('target').notNull().default(''),
  summary: text('summary').notNull().default(''),
  outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
  error: text('error'),
  requestId: text('request_id'),
  environment: text('environment'), // null: from before environments, the default one's
});

export type AuditRow = typeof auditLog.$inferSelect;

export const tokenLedger = pgTable('token_ledger', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  operatorEmail: text('operator_email').notNull(),
  kind: text('kind', { enum: ['mint', 'preview'] }).notNull(),
  configId: text('config_id').notNull(),
  configName: text('config_name').notNull(),
  identifier: text('identifier').notNull(),
  accessLevel: text('access_level', { enum: ACCESS_LEVELS }).notNull(),
  expirySeconds: integer('expiry_seconds').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  tokenId: text('token_id').notNull(),
  environment: text('environment'), // null: from before environments, the default one's
});

export type TokenLedgerRow = typeof tokenLedger.$inferSelect;

export const configVersions = pgTable('config_versions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  configId: text('config_id').notNull(),
  configName: text('config_name').notNull(),
  version: integer('version').notNull(),
  kind: text('kind', { enum: ['create', 'update', 'rollback', 'clone', 'delete', 'external'] }).notNull(),
  snapshot: jsonb('snapshot')
    .$type<{
      description: string;
      mappings: { connectionName: string; allTools: boolean; tools: string[] }[];
    }>()
    .notNull(),
  hash: text('hash').notNull(),
  actorEmail: text('actor_email').notNull(),
  actorRole: text('actor_role').notNull(),
  note: text('note').notNull().default(''),
  environment: text('environment'), // null: from before environments, the default one's
});

export type ConfigVersionRow = typeof configVersions.$inferSelect;

export const accountEvents = pgTable('account_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  eventId: text('event_id').notNull().unique(),
  type: text('type').notNull(),
  identifier: text('identifier').notNull(),
  connectionName: text('connection_name').notNull().default(''),
  connector: text('connector').notNull().default(''), // Scalekit's `provider`, e.g. GMAIL
  connectedAccountId: text('connected_account_id').notNull().default(''),
  oldStatus: text('old_status'),
  status: text('status'),
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  environment: text('environment'), // null: from before environments, the default one's
});

export type AccountEventRow = typeof accountEvents.$inferSelect;

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStartMs: bigint('window_start_ms', { mode: 'number' }).notNull(),
  windowMs: integer('window_ms').notNull(),
  hits: integer('hits').notNull(),
});

export const apiKeys = pgTable('api_keys', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  hash: text('hash').notNull().unique(),
  role: text('role', { enum: ['admin', 'support'] }).notNull(),
  environments: jsonb('environments').$type<string[]>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  revokedBy: text('revoked_by'),
});

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export const configPlans = pgTable(
  'config_plans',
  {
    digest: text('digest').notNull(),
    environment: text('environment').notNull(),
    plan: jsonb('plan').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.environment, t.digest] })],
);

export const consoleSessions = pgTable('console_sessions', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull().default(''),
  provider: text('provider').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  revokedBy: text('revoked_by'),
  localRole: text('local_role'),
  claims: jsonb('claims').$type<Record<string, string[]>>().notNull().default({}),
});

export type ConsoleSessionRow = typeof consoleSessions.$inferSelect;
