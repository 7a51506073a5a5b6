import type { AccountStatus } from '@/lib/scalekit/types';

/** How long after minting a token counts as "recent" for the impact summary. */
export const RECENT_TOKEN_WINDOW_MS = 24 * 60 * 60_000;

export interface ImpactInput {
  /** The config's readiness snapshot: statuses align with `connections` (the live config's connections). */
  readiness: { connections: string[]; users: { identifier: string; statuses: (AccountStatus | null)[] }[] };
  /** For each connection the change adds: every identifier's account status on it (from paged lists). */
  added: Record<string, ReadonlyMap<string, AccountStatus | null>>;
  /** Ledger rows of tokens minted for this config. */
  mints: { identifier: string; at: Date; expiresAt: Date }[];
  now: number;
}

export interface UserImpact {
  users: number;
  readyNow: number;
  /** Ready today, but without an ACTIVE account on a connection the change adds. */
  wouldStopBeingReady: number;
  /** Tokens minted in the last 24 h and not yet expired: their agents see the new tool set. */
  recentTokens: number;
  /** Console instances serving this config: not known to the console yet, so left out (and not shown). */
  instances?: number;
}

/** Counts who a change affects, from data already loaded once for the whole config (no call per user). */
export function countImpact(input: ImpactInput): UserImpact {
  const addedConnections = Object.values(input.added);
  let readyNow = 0;
  let wouldStopBeingReady = 0;
  for (const u of input.readiness.users) {
    if (!u.statuses.every((s) => s === 'ACTIVE')) continue;
    readyNow++;
    if (addedConnections.some((accounts) => accounts.get(u.identifier) !== 'ACTIVE')) wouldStopBeingReady++;
  }
  const since = input.now - RECENT_TOKEN_WINDOW_MS;
  const recentTokens = input.mints.filter(
    (m) => m.at.getTime() >= since && m.expiresAt.getTime() > input.now,
  ).length;
  return { users: input.readiness.users.length, readyNow, wouldStopBeingReady, recentTokens };
}
