/**
 * MCP session tokens (API.md §3): RS256 JWTs scoped to one config's server URL. The signing key is made once
 * and kept in the data dir, so tokens survive restarts; it is never logged, and neither is any token.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type CryptoKey } from 'jose';
import { z } from 'zod';
import { invalid, notFound } from '../http/errors';
import { parseInput, serverUrl } from '../http/wire';
import type { Store } from '../store/store';
import type { AccessLevel } from '../store/types';

const KEY_FILE = 'session-signing-key.json';
const MIN_S = 60;
const MAX_S = 86_400;

const mintSchema = z.object({
  identifier: z
    .string({ message: 'identifier is required' })
    .min(1, 'identifier is required')
    .max(255, 'identifier must be at most 255 characters'),
  expiry: z
    .string({ message: 'expiry must be a duration string such as "3600s"' })
    .regex(/^\d+(\.\d+)?s$/, 'expiry must be a duration string such as "3600s"')
    .optional(),
  access_level: z
    .enum(['', 'FULL', 'READ_ONLY'], { message: 'access_level must be FULL or READ_ONLY' })
    .optional(),
});

export interface SessionClaims {
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  jti: string;
  mcp_cfg: string;
  access_level: AccessLevel;
  ca_ids: string[];
}

export class TokenRejected extends Error {}

export interface SessionTokens {
  jwks(): { keys: JWK[] };
  mint(configId: string, body: unknown): Promise<Record<string, unknown>>;
  verify(token: string, audience: string): Promise<SessionClaims>;
}

async function loadKeys(dataDir: string | undefined) {
  const file = dataDir ? path.join(dataDir, KEY_FILE) : undefined;
  if (file && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { kid: string; privateJwk: JWK; publicJwk: JWK };
    return {
      kid: saved.kid,
      privateKey: (await importJWK(saved.privateJwk, 'RS256')) as CryptoKey,
      publicKey: (await importJWK(saved.publicJwk, 'RS256')) as CryptoKey,
      publicJwk: saved.publicJwk,
    };
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `snk_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  if (file && dataDir) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ kid, privateJwk: await exportJWK(privateKey), publicJwk }), {
      mode: 0o600,
    });
    chmodSync(file, 0o600);
  }
  return { kid, privateKey, publicKey, publicJwk };
}

export async function createSessionTokens(opts: {
  store: Store;
  dataDir?: string;
  baseUrl: string;
  now?: () => number;
}): Promise<SessionTokens> {
  const { store, baseUrl } = opts;
  const now = opts.now ?? Date.now;
  const keys = await loadKeys(opts.dataDir);

  return {
    jwks: () => ({ keys: [keys.publicJwk] }),

    async mint(configId, body) {
      const input = parseInput(mintSchema, body, 'Session token request');
      const seconds = input.expiry ? Math.floor(Number(input.expiry.slice(0, -1))) : 3600;
      if (seconds < MIN_S || seconds > MAX_S) {
        throw invalid(`expiry must be between ${MIN_S}s and ${MAX_S}s (24 h)`, [
          { field: 'expiry', description: `must be within ${MIN_S}s..${MAX_S}s` },
        ]);
      }
      const accessLevel: AccessLevel = input.access_level === 'READ_ONLY' ? 'READ_ONLY' : 'FULL';
      const config = store.getConfig(configId);
      if (!config) throw notFound('MCP configuration does not exist');
      if (config.mappings.length === 0) throw invalid('the MCP configuration has no connections');
      const notActive: string[] = [];
      const caIds: string[] = [];
      for (const m of config.mappings) {
        const a = store.findAccount(input.identifier, m.connectionName);
        if (a?.status === 'ACTIVE') caIds.push(a.id);
        else notActive.push(m.connectionName);
      }
      if (notActive.length) {
        throw invalid(
          `no ACTIVE connected account for "${input.identifier}" on: ${notActive.join(', ')}`,
          notActive.map((c) => ({ field: 'identifier', description: `connection ${c} is not ACTIVE` })),
        );
      }
      const iat = Math.floor(now() / 1000);
      const exp = iat + seconds;
      const jti = randomUUID();
      const token = await new SignJWT({
        mcp_cfg: config.id,
        access_level: accessLevel,
        ca_ids: caIds,
        token_type: 'mcp_session',
      })
        .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
        .setSubject(input.identifier)
        .setAudience(serverUrl(baseUrl, config))
        .setIssuer(baseUrl)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .setJti(jti)
        .sign(keys.privateKey);
      const expiresAt = new Date(exp * 1000).toISOString();
      store.recordMintedToken({
        jti,
        configId: config.id,
        identifier: input.identifier,
        accessLevel,
        expiresAt,
      });
      return { token, expires_at: expiresAt };
    },

    async verify(token, audience) {
      try {
        const { payload } = await jwtVerify(token, keys.publicKey, {
          audience,
          issuer: baseUrl,
          algorithms: ['RS256'],
          currentDate: new Date(now()),
        });
        return payload as unknown as SessionClaims;
      } catch (err) {
        const code = (err as { code?: string }).code;
        const why =
          code === 'ERR_JWT_EXPIRED'
            ? 'the session token has expired'
            : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
              ? 'the session token was minted for another MCP server'
              : 'the session token is malformed or its signature is invalid';
        throw new TokenRejected(why);
      }
    },
  };
}
