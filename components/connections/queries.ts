import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { ConnectionUsersPage, StatusFilter } from '@/lib/connections/overview';

export const connectionKeys = {
  users: (name: string, status: StatusFilter, q: string, page: number) =>
    ['connection-users', name, status, q, page] as const,
};

export const usersPath = (name: string, csv: boolean, p: Record<string, string>) =>
  `/api/connections/${encodeURIComponent(name)}/accounts${csv ? '/csv' : ''}?${new URLSearchParams(p)}`;

export const connectionUsersOptions = (name: string, status: StatusFilter, q: string, page: number) =>
  queryOptions({
    queryKey: connectionKeys.users(name, status, q, page),
    queryFn: () => getJson<ConnectionUsersPage>(usersPath(name, false, { status, q, page: String(page) })),
    // The server shares one 30 s snapshot between all viewers: polling it is cheap.
    refetchInterval: 30_000,
    placeholderData: (prev) => prev,
  });
