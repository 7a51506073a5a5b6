import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { ConfigInstanceRow, InstanceView } from '@/lib/instances/schema';

export interface ConfigInstancesResponse {
  items: ConfigInstanceRow[];
  nextPageToken: string;
  totalSize: number;
}

export const instanceKeys = {
  all: ['instances'] as const,
  user: (identifier: string) => [...instanceKeys.all, 'user', identifier] as const,
  config: (config: string, search: string, pageToken: string) =>
    [...instanceKeys.all, 'config', config, search, pageToken] as const,
};

/** The config page's first view of its instance list (no search, first page). */
export const FIRST_CONFIG_PAGE = { search: '', pageToken: '' } as const;
export const CONFIG_PAGE_SIZE = 10;

/**
 * A user's instances (masked). Not polled: whether an instance is ready is derived from the user's accounts,
 * which are live already; this list only changes when someone ensures or deletes (they invalidate it).
 */
export const userInstancesQuery = (identifier: string) =>
  queryOptions({
    queryKey: instanceKeys.user(identifier),
    queryFn: () =>
      getJson<{ items: InstanceView[] }>(`/api/instances?${new URLSearchParams({ identifier })}`),
  });

export const configInstancesQuery = (config: string, search: string, pageToken: string) =>
  queryOptions({
    queryKey: instanceKeys.config(config, search, pageToken),
    queryFn: () =>
      getJson<ConfigInstancesResponse>(
        `/api/instances?${new URLSearchParams({ config, search, pageToken, pageSize: String(CONFIG_PAGE_SIZE) })}`,
      ),
    staleTime: 15_000,
  });
