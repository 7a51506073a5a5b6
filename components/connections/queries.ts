import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { ConnectionUsersPage, UsersView } from '@/lib/connections/overview';

export const connectionKeys = {
  all: ['connections'] as const,
  usersOf: (name: string) => [...connectionKeys.all, 'users', name] as const,
  users: (name: string, v: UsersView) => [...connectionKeys.usersOf(name), v.status, v.q, v.page] as const,
};

export const usersPath = (name: string, csv: boolean, p: Record<string, string>) =>
  `/api/connections/${encodeURIComponent(name)}/accounts${csv ? '/csv' : ''}?${new URLSearchParams(p)}`;

/** One page of a connection's users; the live layer refreshes it (the server shares one 30 s snapshot). */
export const connectionUsersOptions = (name: string, v: UsersView) =>
  queryOptions({
    queryKey: connectionKeys.users(name, v),
    queryFn: () =>
      getJson<ConnectionUsersPage>(
        usersPath(name, false, { status: v.status, q: v.q, page: String(v.page) }),
      ),
    placeholderData: (prev) => prev,
  });
