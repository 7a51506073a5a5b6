import { getDb, type DbHandle } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';
import { redact } from './redact';

export interface AuditEntry {
  actorEmail: string;
  actorRole: string;
  action: string;
  target?: string;
  summary?: string;
  outcome: 'success' | 'failure' | 'denied';
  error?: string;
  requestId?: string;
  /** The environment the action worked in; null for the console itself (keys, sessions). */
  environment?: string | null;
}

/** Writes an audit entry. Never throws into the caller: a failed audit write is logged, not user-facing. */
export async function recordAudit(entry: AuditEntry, handle?: DbHandle): Promise<void> {
  try {
    const { db } = handle ?? (await getDb());
    await db.insert(auditLog).values({
      actorEmail: entry.actorEmail,
      actorRole: entry.actorRole,
      action: entry.action,
      target: redact(entry.target ?? '').slice(0, 500),
      summary: redact(entry.summary ?? '').slice(0, 2000),
      outcome: entry.outcome,
      error: entry.error ? redact(entry.error).slice(0, 2000) : null,
      requestId: entry.requestId ?? null,
      environment: entry.environment ?? null,
    });
  } catch (err) {
    console.error(`audit: could not record ${entry.action}: ${(err as Error).message}`);
  }
}
