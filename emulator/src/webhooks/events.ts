/**
 * Account changes to Scalekit's connected-account webhook events (API.md §4, `webhooks` in the OpenAPI):
 * envelope `{spec_version, id, type, object, occurred_at, environment_id, data}`. Which types a change
 * produces is our reading of the docs (emulator/README.md, "Webhooks"):
 * - create: `created`; delete: `deleted`; a link to the hosted page: `magic_link_generated`;
 * - a status change: `status_updated` (with `old_status`), preceded by what caused it: `oauth_succeeded` on
 *   the hosted page's Allow, `token_refresh_failed` / `token_refresh_succeeded` when an account expires or is
 *   reactivated (the expire/activate controls); a status "change" to the same status is an `updated`.
 */
import { randomBytes } from 'node:crypto';
import type { AccountChange } from '../store/store';
import type { Connection } from '../store/types';

export const WEBHOOK_EVENT_TYPES = [
  'connected_account.created',
  'connected_account.updated',
  'connected_account.status_updated',
  'connected_account.deleted',
  'connected_account.magic_link_generated',
  'connected_account.oauth_succeeded',
  'connected_account.token_refresh_succeeded',
  'connected_account.token_refresh_failed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEvent {
  spec_version: '1';
  id: string; // evt_…, ≤ 32 characters; also the Standard Webhooks `webhook-id`
  type: WebhookEventType;
  object: 'ConnectedAccount';
  occurred_at: string;
  environment_id: string;
  data: Record<string, string>;
}

export const EMULATOR_ENVIRONMENT_ID = 'env_emulator';

// The emulator's connection types, spelled as Scalekit's ConnectorType names.
const AUTH_TYPES: Record<string, string> = { BEARER: 'BEARER_TOKEN' };

const SIMPLE_TYPES = {
  created: 'connected_account.created',
  deleted: 'connected_account.deleted',
  magic_link: 'connected_account.magic_link_generated',
} as const;

function typesFor(change: AccountChange): WebhookEventType[] {
  if (change.kind !== 'status') return [SIMPLE_TYPES[change.kind]];
  const { cause, oldStatus, account } = change;
  const types: WebhookEventType[] = [];
  if (cause === 'oauth') types.push('connected_account.oauth_succeeded');
  if (cause === 'refresh' && account.status === 'EXPIRED')
    types.push('connected_account.token_refresh_failed');
  if (cause === 'refresh' && account.status === 'ACTIVE')
    types.push('connected_account.token_refresh_succeeded');
  types.push(oldStatus === account.status ? 'connected_account.updated' : 'connected_account.status_updated');
  return types;
}

export function eventsFor(change: AccountChange, connections: Map<string, Connection>): WebhookEvent[] {
  const a = change.account;
  const occurredAt = new Date().toISOString();
  return typesFor(change).map((type) => {
    const data: Record<string, string> = {
      id: a.id,
      identifier: a.identifier,
      connection_id: connections.get(a.connectionName)?.id ?? '',
      connection_name: a.connectionName,
      provider: a.providerKey,
      authorization_type: AUTH_TYPES[a.authorizationType] ?? a.authorizationType,
      status: a.status,
    };
    if (type === 'connected_account.status_updated' && change.kind === 'status')
      data.old_status = change.oldStatus;
    if (a.tokenExpiresAt) data.token_expires_at = a.tokenExpiresAt;
    if (a.lastUsedAt) data.last_used_at = a.lastUsedAt;
    return {
      spec_version: '1',
      id: `evt_${randomBytes(12).toString('hex')}`,
      type,
      object: 'ConnectedAccount',
      occurred_at: occurredAt,
      environment_id: EMULATOR_ENVIRONMENT_ID,
      data,
    };
  });
}
