import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';

export const tokenKeys = {
  all: ['tokens'] as const,
  identifiers: (q: string) => [...tokenKeys.all, 'identifiers', q] as const,
};

export const identifiersQuery = (q: string) =>
  queryOptions({
    queryKey: tokenKeys.identifiers(q),
    queryFn: () => getJson<{ identifiers: string[] }>(`/api/identifiers?${new URLSearchParams({ q })}`),
    enabled: q.trim().length >= 3,
    staleTime: 30_000,
  });
