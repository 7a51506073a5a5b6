import 'server-only';
import { createCoalescingCache, type CoalescingCache } from '@/lib/cache/coalescing-cache';
import { getScalekit } from '@/lib/scalekit';
import type { ConnectedAccount, McpConfig } from '@/lib/scalekit/types';
import { POLL_INTERVAL_MS } from './poll-policy';

/**
 * A user's connected accounts, shared by everyone watching that user: the support page, other tabs, other
 * support staff and the end user's connect page all read the same entry, so one user costs at most one
 * upstream call per poll interval however many are watching. Per process; changes we make invalidate it.
 */
const g = globalThis as unknown as {
  __userAccounts?: CoalescingCache<ConnectedAccount[]>;
  __configById?: CoalescingCache<McpConfig>;
};
const accountsCache = (g.__userAccounts ??= createCoalescingCache({ ttlMs: POLL_INTERVAL_MS, max: 5000 }));
// Mappings change rarely and only by admins: half a minute of staleness keeps public pages cheap.
const configCache = (g.__configById ??= createCoalescingCache({ ttlMs: 30_000, max: 500 }));

const MAX_PAGES = 10; // 990 accounts for one identifier is already far beyond any real user

async function listForIdentifier(identifier: string): Promise<ConnectedAccount[]> {
  const sk = getScalekit();
  const out: ConnectedAccount[] = [];
  let pageToken: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await sk.connectedAccounts.list({ identifier, pageSize: 99, pageToken });
    out.push(...page.items);
    if (!page.nextPageToken) break;
    pageToken = page.nextPageToken;
  }
  return out;
}

export function loadUserAccounts(identifier: string) {
  return accountsCache.get(identifier, () => listForIdentifier(identifier));
}

/** After we change an account (link, verify, disconnect, delete): the next read goes upstream. */
export function invalidateUser(identifier: string) {
  accountsCache.invalidate(identifier);
}

export async function loadConfigCached(id: string): Promise<McpConfig> {
  return (await configCache.get(id, () => getScalekit().configs.get(id))).value;
}
