import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { AccountView } from '@/lib/accounts/rows';
import type { AccountStatus } from '@/lib/scalekit/types';

export interface UserAccountsResponse {
  accounts: AccountView[];
  checkedAt: string;
}

export interface SearchResponse {
  users: { identifier: string; accounts: { connectionName: string; status: string | null }[] }[];
  more: boolean;
}

/** Every key of this feature starts with `all`, so one prefix names all of it (and each user's part). */
export const userKeys = {
  all: ['users'] as const,
  accountsOfEveryone: () => [...userKeys.all, 'accounts'] as const,
  accounts: (identifier: string) => [...userKeys.accountsOfEveryone(), identifier] as const,
  search: (q: string) => [...userKeys.all, 'search', q] as const,
};

export const accountsPath = (identifier: string) => `/api/users/${encodeURIComponent(identifier)}/accounts`;

/**
 * A user's accounts. Live: the live layer (components/live) polls every query under
 * `userKeys.accountsOfEveryone()` by the one rule while a status that `watch` returns is not ACTIVE, so a page
 * says what it shows (the mapped connections on screen) and polling stops exactly when those are all ACTIVE.
 */
export const userAccountsQuery = (
  identifier: string,
  watch: (data: UserAccountsResponse) => (AccountStatus | null)[],
) =>
  queryOptions({
    queryKey: userKeys.accounts(identifier),
    queryFn: () => getJson<UserAccountsResponse>(accountsPath(identifier)),
    meta: { watch: watch as (data: unknown) => (AccountStatus | null)[] },
  });

export const userSearchQuery = (q: string) =>
  queryOptions({
    queryKey: userKeys.search(q),
    queryFn: () => getJson<SearchResponse>(`/api/identifiers?${new URLSearchParams({ q })}`),
    enabled: q.trim().length >= 3,
    staleTime: 15_000,
  });
