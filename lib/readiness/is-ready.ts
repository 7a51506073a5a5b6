import type { AccountStatus } from '@/lib/scalekit/types';

/**
 * The one definition of "ready": every mapped connection has an ACTIVE account. A config that maps no
 * connections has nothing to authorize, so its users are ready (Scalekit mints tokens for it too); callers
 * that are still loading must not ask (an unloaded list is not an empty one).
 */
export function isReady(statuses: readonly (AccountStatus | null | undefined)[]): boolean {
  return statuses.every((s) => s === 'ACTIVE');
}

/** Needs the end user's action now: not connected yet, or waiting for them on the provider's page. */
export const isPending = (s: AccountStatus | null | undefined) =>
  s == null || s === 'PENDING_AUTH' || s === 'PENDING_VERIFICATION';

/** Was working and stopped: the user must authorize again. */
export const isBroken = (s: AccountStatus | null | undefined) => s === 'EXPIRED' || s === 'DISCONNECTED';
