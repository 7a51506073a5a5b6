/**
 * Browser-safe: the timeline's wire shape, its filters, and the one sentence each event reads as
 * ("Gmail token refresh failed", "Gmail became EXPIRED (was ACTIVE)"). No server imports.
 */
import { connectorLabel } from '@/lib/connectors/display-name';
import { ACCOUNT_EVENT_TYPES, type AccountEventType } from './event-types';

export interface TimelineEvent {
  id: string;
  type: string;
  identifier: string;
  connectionName: string;
  connector: string;
  oldStatus: string | null;
  status: string | null;
  occurredAt: string;
}

export interface TimelinePage {
  events: TimelineEvent[];
  nextCursor: string | null;
}

/** Filters offered on the user page; each maps to event types. */
export const TIMELINE_KINDS = {
  status: ['connected_account.status_updated'],
  refresh: ['connected_account.token_refresh_succeeded', 'connected_account.token_refresh_failed'],
  authorization: [
    'connected_account.oauth_succeeded',
    'connected_account.oauth_tokens_fetched',
    'connected_account.magic_link_generated',
  ],
  lifecycle: ['connected_account.created', 'connected_account.updated', 'connected_account.deleted'],
} as const satisfies Record<string, readonly AccountEventType[]>;
export type TimelineKind = keyof typeof TIMELINE_KINDS;

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  status: 'Status changes',
  refresh: 'Token refreshes',
  authorization: 'Authorizations and links',
  lifecycle: 'Created, updated, deleted',
};

const VERBS: Record<AccountEventType, string> = {
  'connected_account.created': 'account created',
  'connected_account.updated': 'account updated',
  'connected_account.status_updated': 'status changed',
  'connected_account.deleted': 'account deleted',
  'connected_account.magic_link_generated': 'authorization link created',
  'connected_account.oauth_tokens_fetched': 'tokens fetched',
  'connected_account.oauth_succeeded': 'authorized',
  'connected_account.token_refresh_succeeded': 'token refreshed',
  'connected_account.token_refresh_failed': 'token refresh failed',
};

const isKnown = (t: string): t is AccountEventType => (ACCOUNT_EVENT_TYPES as readonly string[]).includes(t);

/**
 * The connector by its display name ("Google Calendar", not "Googlecalendar"), and the connection's own name
 * beside it when that says more (a second Gmail connection, "gmail-support").
 */
export function connectionLabel(e: Pick<TimelineEvent, 'connectionName' | 'connector'>): string {
  const connector = e.connector || e.connectionName;
  if (!connector) return 'A connection';
  const label = connectorLabel(connector);
  const plain = (s: string) => s.toLowerCase().replace(/[_\s-]+/g, '');
  return e.connectionName && plain(e.connectionName) !== plain(connector)
    ? `${label} (${e.connectionName})`
    : label;
}

/** The event as one plain sentence, without its time (the timeline prints that beside it). */
export function describeEvent(
  e: Pick<TimelineEvent, 'type' | 'connectionName' | 'connector' | 'oldStatus' | 'status'>,
): string {
  const who = connectionLabel(e);
  if (e.type === 'connected_account.status_updated' && e.status) {
    return e.oldStatus ? `${who} became ${e.status} (was ${e.oldStatus})` : `${who} became ${e.status}`;
  }
  const verb = isKnown(e.type)
    ? VERBS[e.type]
    : e.type.replace(/^connected_account\./, '').replace(/_/g, ' ');
  return e.status ? `${who} ${verb} · ${e.status}` : `${who} ${verb}`;
}

/** Failures and expiries stand out in the timeline. */
export const isProblemEvent = (e: Pick<TimelineEvent, 'type' | 'status'>) =>
  e.type === 'connected_account.token_refresh_failed' ||
  (e.type === 'connected_account.status_updated' && e.status === 'EXPIRED');
