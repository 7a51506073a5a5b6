import 'server-only';
import { ActionError } from '@/lib/actions/safe-action';
import { getScalekit, ScalekitError, type AccessLevel } from '@/lib/scalekit';
import { decodeClaims } from './claims';
import { mintLimiter, MINTS_PER_MINUTE, recordMint } from './ledger';

/**
 * Mints a session token through Scalekit and records it in the ledger (token id only). Rate-limited per
 * operator. Upstream 400/404 answers become messages that say what to do.
 */
export async function mintRecorded(o: {
  operator: string;
  kind: 'mint' | 'preview';
  configId: string;
  identifier: string;
  expirySeconds: number;
  accessLevel: AccessLevel;
}) {
  const allowed = await mintLimiter.take(o.operator);
  if (!allowed.ok) {
    throw new ActionError(
      `You minted ${MINTS_PER_MINUTE} tokens in the last minute; try again in ${allowed.retryAfterS} s.`,
    );
  }
  try {
    return await mintAndRecord(o);
  } catch (err) {
    await mintLimiter.giveBack(o.operator); // nothing was minted: the attempt does not count
    throw err;
  }
}

async function mintAndRecord(o: Parameters<typeof mintRecorded>[0]) {
  const sk = getScalekit();
  const config = await sk.configs.get(o.configId).catch((err: unknown) => {
    if (err instanceof ScalekitError && err.status === 404) {
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
    if (err instanceof ScalekitError && err.status === 400) {
      throw new ActionError(
        `Scalekit refused to mint: ${err.message}. Every connection of the config must be ACTIVE for ${o.identifier}: send them an auth link from the readiness panel.`,
      );
    }
    if (err instanceof ScalekitError && err.status === 404) {
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
  });
  return { token: minted.token, expiresAt: minted.expiresAt, claims, config };
}
