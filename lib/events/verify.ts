import 'server-only';
import { Webhook } from 'standardwebhooks';
import { accountEventSchema, type AccountEvent } from './envelope';
import { isAccountEventType } from './event-types';

/**
 * Checks a webhook request the Standard Webhooks way (signature over `id.timestamp.body` with the
 * `whsec_` secret, by the `standardwebhooks` library), then parses the envelope. Cheap checks come first:
 * the size cap before anything is parsed, headers and the timestamp window before the HMAC.
 */

export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024;
export const TIMESTAMP_TOLERANCE_S = 5 * 60;

export type VerifyErrorCode =
  | 'body_too_large'
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'stale_timestamp'
  | 'future_timestamp'
  | 'bad_signature'
  | 'malformed_json'
  | 'unknown_event_type'
  | 'invalid_event';

export type VerifyResult =
  { ok: true; event: AccountEvent } | { ok: false; status: number; code: VerifyErrorCode; message: string };

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(v) ? v[0] : v;
}

const fail = (status: number, code: VerifyErrorCode, message: string): VerifyResult => ({
  ok: false,
  status,
  code,
  message,
});

export function verifyWebhook(input: {
  headers: HeaderSource;
  rawBody: string;
  secret: string;
}): VerifyResult {
  const { rawBody } = input;
  if (Buffer.byteLength(rawBody, 'utf8') > MAX_WEBHOOK_BODY_BYTES) {
    return fail(413, 'body_too_large', `the body is over ${MAX_WEBHOOK_BODY_BYTES / 1024} KiB`);
  }
  const id = header(input.headers, 'webhook-id');
  const timestamp = header(input.headers, 'webhook-timestamp');
  const signature = header(input.headers, 'webhook-signature');
  if (!id || !timestamp || !signature) {
    const missing = [
      !id && 'webhook-id',
      !timestamp && 'webhook-timestamp',
      !signature && 'webhook-signature',
    ];
    return fail(400, 'missing_headers', `missing header(s): ${missing.filter(Boolean).join(', ')}`);
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return fail(400, 'invalid_timestamp', 'webhook-timestamp must be Unix seconds');
  }
  const skew = Math.floor(Date.now() / 1000) - Number(timestamp);
  if (skew > TIMESTAMP_TOLERANCE_S) {
    return fail(401, 'stale_timestamp', 'webhook-timestamp is more than 5 minutes old');
  }
  if (skew < -TIMESTAMP_TOLERANCE_S) {
    return fail(401, 'future_timestamp', 'webhook-timestamp is more than 5 minutes in the future');
  }
  try {
    new Webhook(input.secret).verify(
      rawBody,
      { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
      { jsonParse: false },
    );
  } catch {
    return fail(401, 'bad_signature', 'the signature does not match: check SCALEKIT_WEBHOOK_SECRET');
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return fail(400, 'malformed_json', 'the body is not valid JSON');
  }
  const type = (json as { type?: unknown } | null)?.type;
  if (!isAccountEventType(type)) {
    return fail(
      400,
      'unknown_event_type',
      `unknown event type ${JSON.stringify(String(type)).slice(0, 120)}`,
    );
  }
  const parsed = accountEventSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return fail(400, 'invalid_event', `invalid event: ${i.path.join('.') || 'body'}: ${i.message}`);
  }
  return { ok: true, event: parsed.data };
}
