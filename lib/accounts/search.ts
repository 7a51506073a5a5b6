import 'server-only';
import type { AccountStatus, ScalekitClient } from '@/lib/scalekit';

export interface UserMatch {
  identifier: string;
  accounts: { connectionName: string; status: AccountStatus | null }[];
}

/**
 * Identifier search over connected accounts (Scalekit's search needs 3+ characters), grouped by user with each
 * account's status, so a search result already says who is not ready. One upstream call.
 */
export async function searchUsers(sk: ScalekitClient, q: string, limit = 10) {
  const page = await sk.connectedAccounts.search(q, { pageSize: 30 });
  const users = new Map<string, UserMatch['accounts']>();
  for (const a of page.items) {
    const list = users.get(a.identifier) ?? [];
    list.push({ connectionName: a.connectionName, status: a.status });
    users.set(a.identifier, list);
  }
  const found: UserMatch[] = [...users]
    .slice(0, limit)
    .map(([identifier, accounts]) => ({ identifier, accounts }));
  return { users: found, more: users.size > limit || !!page.nextPageToken };
}
