/**
 * Connect links: a signed, expiring capability for one end user (identifier) and one config, so a person can
 * authorize their connections without a console account. Format `v1.<payload>.<signature>` (base64url), the
 * signature an HMAC-SHA256 under a key derived (HKDF) from AUTH_SECRET for this purpose only, so the link
 * key is never the session key. Nothing is stored: the link is its own proof, valid until it expires.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { configIdField, identifierField } from '@/lib/wire/fields';

const payloadSchema = z.object({
  v: z.literal(1),
  i: identifierField,
  c: configIdField,
  iat: z.number().int().positive(),
  exp: z.number().int().positive(),
  n: z.string().min(8).max(32), // nonce: two links minted together still differ (and audit can tell them apart)
});
export type ConnectLinkClaims = {
  identifier: string;
  configId: string;
  issuedAt: Date;
  expiresAt: Date;
  id: string;
};

const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'mcp-console', 'connect-link/v1', 32));
    keys.set(secret, key);
  }
  return key;
}

const sign = (secret: string, data: string) =>
  createHmac('sha256', keyFor(secret)).update(`v1.${data}`).digest('base64url');

export function signConnectLink(
  secret: string,
  o: { identifier: string; configId: string; lifetimeSeconds: number; now?: number },
): { token: string; claims: ConnectLinkClaims } {
  const iat = Math.floor((o.now ?? Date.now()) / 1000);
  const payload = {
    v: 1 as const,
    i: o.identifier,
    c: o.configId,
    iat,
    exp: iat + o.lifetimeSeconds,
    n: randomBytes(9).toString('base64url'),
  };
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return { token: `v1.${data}.${sign(secret, data)}`, claims: toClaims(payload) };
}

function toClaims(p: z.infer<typeof payloadSchema>): ConnectLinkClaims {
  return {
    identifier: p.i,
    configId: p.c,
    issuedAt: new Date(p.iat * 1000),
    expiresAt: new Date(p.exp * 1000),
    id: p.n,
  };
}

export type VerifyResult =
  | { ok: true; claims: ConnectLinkClaims }
  // Deliberately no claims on failure: a bad link must reveal nothing about whom it was for.
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export function verifyConnectLink(secret: string, token: string, now = Date.now()): VerifyResult {
  if (token.length > 2048) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1' || !parts[1] || !parts[2])
    return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(secret, parts[1]), 'base64url');
  const given = Buffer.from(parts[2], 'base64url');
  // Only the canonical encoding: the decoder ignores stray padding, bits past the last byte and invalid
  // characters, so other spellings of the same bytes would otherwise pass as the same link.
  if (given.toString('base64url') !== parts[2]) return { ok: false, reason: 'signature' };
  // The signature is checked before the payload is even parsed, in constant time.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (parsed.data.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims: toClaims(parsed.data) };
}
