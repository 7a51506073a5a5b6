/** Signature, timestamp, size and envelope checks of incoming Scalekit webhooks. */
import { describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BODY_BYTES, verifyWebhook } from '@/lib/events/verify';
import { accountEvent, newSecret, signed } from './signed';

const secret = newSecret();
const check = (req: { headers: Record<string, string> | Headers; rawBody: string }, s = secret) =>
  verifyWebhook({ ...req, secret: s });
const code = (r: ReturnType<typeof check>) => (r.ok ? 'ok' : `${r.status} ${r.code}`);

describe('verifyWebhook', () => {
  it('accepts a valid event (plain or Headers headers, any case) and keeps only whitelisted fields', () => {
    const event = accountEvent({}, { access_token: 'ya29.secret-token' });
    const req = signed(secret, event);
    const r = check(req);
    expect(r.ok && r.event).toMatchObject({ id: event.id, type: event.type, data: { status: 'ACTIVE' } });
    expect(JSON.stringify(r)).not.toContain('ya29');
    const upper = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(check({ ...req, headers: upper }).ok).toBe(true);
    expect(check({ ...req, headers: new Headers(req.headers) }).ok).toBe(true);
  });

  it('refuses a tampered body, a wrong secret and a forged signature', () => {
    const req = signed(secret, accountEvent());
    expect(code(check({ ...req, rawBody: req.rawBody.replace('ACTIVE', 'EXPIRED') }))).toBe(
      '401 bad_signature',
    );
    expect(code(check(req, newSecret()))).toBe('401 bad_signature');
    const forged = { ...req.headers, 'webhook-signature': 'v1,AAAA' };
    expect(code(check({ ...req, headers: forged }))).toBe('401 bad_signature');
  });

  it('refuses stale and future timestamps (5 minutes) even when correctly signed', () => {
    const event = accountEvent();
    expect(code(check(signed(secret, event, { at: new Date(Date.now() - 6 * 60_000) })))).toBe(
      '401 stale_timestamp',
    );
    expect(code(check(signed(secret, event, { at: new Date(Date.now() + 6 * 60_000) })))).toBe(
      '401 future_timestamp',
    );
    expect(check(signed(secret, event, { at: new Date(Date.now() - 4 * 60_000) })).ok).toBe(true);
    const req = signed(secret, event);
    expect(code(check({ ...req, headers: { ...req.headers, 'webhook-timestamp': 'yesterday' } }))).toBe(
      '400 invalid_timestamp',
    );
  });

  it('refuses missing headers, naming them', () => {
    const req = signed(secret, accountEvent());
    const { 'webhook-signature': _, ...noSig } = req.headers;
    const r = check({ ...req, headers: noSig });
    expect(code(r)).toBe('400 missing_headers');
    expect(!r.ok && r.message).toContain('webhook-signature');
    expect(code(check({ ...req, headers: {} }))).toBe('400 missing_headers');
  });

  it('refuses an oversized body before parsing it, malformed JSON, unknown types and bad envelopes', () => {
    const big = 'x'.repeat(MAX_WEBHOOK_BODY_BYTES + 1);
    expect(code(check(signed(secret, big)))).toBe('413 body_too_large');
    expect(code(check(signed(secret, '{"type": "connected_account.created",')))).toBe('400 malformed_json');
    expect(code(check(signed(secret, accountEvent({ type: 'organization.created' }))))).toBe(
      '400 unknown_event_type',
    );
    expect(code(check(signed(secret, 'null')))).toBe('400 unknown_event_type');
    const r = check(signed(secret, accountEvent({}, { identifier: '' })));
    expect(code(r)).toBe('400 invalid_event');
    expect(!r.ok && r.message).toContain('data.identifier');
    expect(code(check(signed(secret, accountEvent({ id: 'nope' }))))).toBe('400 invalid_event');
  });
});
