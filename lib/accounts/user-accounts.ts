import 'server-only';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import type { ScalekitClient } from '@/lib/scalekit';
import { collectPages } from '@/lib/scalekit/paging';
import type { ConnectedAccount } from '@/lib/scalekit/types';
import { toAccountView, type AccountView } from './rows';

/**
 * A user's connected accounts, shared by everyone watching that user: the support page, other tabs, other
 * support staff and the end user's connect page all read the same entry, so one user costs at most one
 * upstream call per poll interval however many are watching. Owned by the environment's client; changes we
 * make invalidate it.
 */
/**
 * How long one upstream read of a user's accounts is shared: the browser's poll interval
 * (components/live/poll-policy.ts; a test keeps the two equal), so every tab, support person and connect page
 * watching one user costs one upstream call per interval.
 */
export const SHARED_READ_MS = 3000;

const accountsCache = (sk: ScalekitClient) =>
  sk.scoped('accounts.by-identifier', () =>
    createCoalescingCache<ConnectedAccount[]>({ ttlMs: SHARED_READ_MS, max: 5000 }),
  );

const MAX_PAGES = 10; // 990 accounts for one identifier is already far beyond any real user

const listForIdentifier = (sk: ScalekitClient, identifier: string): Promise<ConnectedAccount[]> =>
  collectPages((pageToken) => sk.connectedAccounts.list({ identifier, pageSize: 99, pageToken }), MAX_PAGES);

export function loadUserAccounts(sk: ScalekitClient, identifier: string) {
  return accountsCache(sk).get(identifier, () => listForIdentifier(sk, identifier));
}

/** After we change an account (link, verify, disconnect, delete): the next read goes upstream. */
export function invalidateUser(sk: ScalekitClient, identifier: string) {
  accountsCache(sk).invalidate(identifier);
}

/** The user page's view of a user's accounts: what `GET /api/users/<id>/accounts` answers and pages prefetch. */
export async function loadUserAccountsView(
  sk: ScalekitClient,
  identifier: string,
): Promise<{ accounts: AccountView[]; checkedAt: string }> {
  const { value, loadedAt } = await loadUserAccounts(sk, identifier);
  return { accounts: value.map(toAccountView), checkedAt: new Date(loadedAt).toISOString() };
}
