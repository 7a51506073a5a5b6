import type { AccountStatus } from '@/lib/scalekit/types';
import { isReady } from '@/lib/readiness/is-ready';

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
  /** Per-user MCP instances serving this config (their agents change at once); absent where Scalekit has none. */
  instances?: number;
}

/** Counts who a change affects, from data already loaded once for the whole config (no call per user). */
export function countImpact(input: ImpactInput): UserImpact {
  const addedConnections = Object.values(input.added);
  let readyNow = 0;
  let wouldStopBeingReady = 0;
  for (const u of input.readiness.users) {
    if (!isReady(u.statuses)) continue;
    readyNow++;
    if (addedConnections.some((accounts) => accounts.get(u.identifier) !== 'ACTIVE')) wouldStopBeingReady++;
  }
  const since = input.now - RECENT_TOKEN_WINDOW_MS;
  const recentTokens = input.mints.filter(
    (m) => m.at.getTime() >= since && m.expiresAt.getTime() > input.now,
  ).length;
  return { users: input.readiness.users.length, readyNow, wouldStopBeingReady, recentTokens };
}
