import { bigserial, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
});

export type AuditRow = typeof auditLog.$inferSelect;
