import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import { isScalekitError, type AccessLevel, type ScalekitClient } from '@/lib/scalekit';
import { decodeClaims } from './claims';
import { mintLimiter, MINTS_PER_MINUTE, recordMint } from './ledger';

export interface MintRequest {
  operator: string;
  kind: 'mint' | 'preview';
  configId: string;
  identifier: string;
  expirySeconds: number;
  accessLevel: AccessLevel;
}

/**
 * Mints a session token through Scalekit and records it in the ledger (token id only). Rate-limited per
 * operator. Upstream 400/404 answers become messages that say what to do.
 */
export async function mintRecorded(sk: ScalekitClient, o: MintRequest) {
  const allowed = await mintLimiter.take(o.operator);
  if (!allowed.ok) {
    throw new ActionError(
      `You minted ${MINTS_PER_MINUTE} tokens in the last minute; try again in ${allowed.retryAfterS} s.`,
    );
  }
  try {
    return await mintAndRecord(sk, o);
  } catch (err) {
    await mintLimiter.giveBack(o.operator); // nothing was minted: the attempt does not count
    throw err;
  }
}

async function mintAndRecord(sk: ScalekitClient, o: MintRequest) {
  const config = await sk.configs.get(o.configId).catch((err: unknown) => {
    if (isScalekitError(err) && err.status === 404) {
      throw new ActionError('That config no longer exists in Scalekit; reload the page and pick another.');
    }
    throw err;
  });
  let minted;
  try {
    minted = await sk.mcp.createSessionToken(o.configId, {
      identifier: o.identifier,
      expirySeconds: o.expirySeconds,
      accessLevel: o.accessLevel,
    });
  } catch (err) {
    if (isScalekitError(err) && err.status === 400) {
      throw new ActionError(
        `Scalekit refused to mint: ${err.message}. Every connection of the config must be ACTIVE for ${o.identifier}: send them an auth link from the readiness panel.`,
      );
    }
    if (isScalekitError(err) && err.status === 404) {
      throw new ActionError('That config no longer exists in Scalekit; reload the page and pick another.');
    }
    throw err;
  }
  const claims = decodeClaims(minted.token);
  await recordMint({
    operatorEmail: o.operator,
    kind: o.kind,
    configId: config.id,
    configName: config.name,
    identifier: o.identifier,
    accessLevel: o.accessLevel,
    expirySeconds: o.expirySeconds,
    expiresAt: new Date(minted.expiresAt),
    tokenId: claims.jti || 'unknown',
    environment: sk.environment,
  });
  return { token: minted.token, expiresAt: minted.expiresAt, claims, config };
}
