import { queryOptions } from '@tanstack/react-query';
import { liveQueryOptions } from './live-query';
import { getJson } from '@/components/ui/get-json';
import type { AccountView } from '@/lib/accounts/rows';

export interface UserAccountsResponse {
  accounts: AccountView[];
  checkedAt: string;
}

export const userKeys = {
  accounts: (identifier: string) => ['user-accounts', identifier] as const,
  search: (q: string) => ['user-search', q] as const,
};

/**
 * A user's accounts, polled while something they need is not ACTIVE. `watched` returns the statuses that
 * matter on this page (the mapped connections shown), so polling stops exactly when those are all ACTIVE.
 * One query key per user: every component showing the user shares one request.
 */
export const userAccountsQuery = (
  identifier: string,
  watched: (data: UserAccountsResponse) => (string | null)[],
  pushConnected = false,
) =>
  liveQueryOptions({
    queryKey: userKeys.accounts(identifier),
    queryFn: () => getJson<UserAccountsResponse>(`/api/users/${encodeURIComponent(identifier)}/accounts`),
    watched,
    pushConnected,
  });

export interface SearchResponse {
  users: { identifier: string; accounts: { connectionName: string; status: string | null }[] }[];
  more: boolean;
}

export const userSearchQuery = (q: string) =>
  queryOptions({
    queryKey: userKeys.search(q),
    queryFn: () => getJson<SearchResponse>(`/api/identifiers?${new URLSearchParams({ q })}`),
    enabled: q.trim().length >= 3,
    staleTime: 15_000,
  });
