/** Builds Standard Webhooks-signed requests the way Scalekit sends them, for the events tests. */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

let n = 0;
export function accountEvent(over: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  n += 1;
  return {
    spec_version: '1',
    id: `evt_test${Date.now()}${n}`,
    type: 'connected_account.status_updated',
    object: 'ConnectedAccount',
    occurred_at: new Date().toISOString(),
    environment_id: 'env_test',
    ...over,
    data: {
      id: 'ca_1',
      identifier: 'alice@example.com',
      connection_id: 'conn_1',
      connection_name: 'gmail',
      provider: 'GMAIL',
      authorization_type: 'OAUTH',
      status: 'ACTIVE',
      old_status: 'PENDING_AUTH',
      ...data,
    },
  };
}

export function signed(secret: string, body: unknown, opts: { at?: Date; id?: string } = {}) {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const at = opts.at ?? new Date();
  const id = opts.id ?? (body as { id?: string })?.id ?? `msg_${randomBytes(6).toString('hex')}`;
  return {
    rawBody,
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, at, rawBody),
    } as Record<string, string>,
  };
}
