import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { ConfigInstanceRow, InstanceView } from '@/lib/instances/schema';

export const instanceKeys = {
  user: (identifier: string) => ['instances', 'user', identifier] as const,
  config: (config: string, search: string, pageToken: string) =>
    ['instances', 'config', config, search, pageToken] as const,
};

/**
 * A user's instances (masked). Not polled: whether an instance is ready is derived from the user's accounts,
 * which the account polling already keeps live; this list only changes when someone ensures or deletes.
 */
export const userInstancesQuery = (identifier: string) =>
  queryOptions({
    queryKey: instanceKeys.user(identifier),
    queryFn: () =>
      getJson<{ items: InstanceView[] }>(`/api/instances?${new URLSearchParams({ identifier })}`),
    staleTime: 30_000,
  });

export interface ConfigInstancesResponse {
  items: ConfigInstanceRow[];
  nextPageToken: string;
  totalSize: number;
}

export const configInstancesQuery = (config: string, search: string, pageToken: string) =>
  queryOptions({
    queryKey: instanceKeys.config(config, search, pageToken),
    queryFn: () =>
      getJson<ConfigInstancesResponse>(
        `/api/instances?${new URLSearchParams({ config, search, pageToken, pageSize: '10' })}`,
      ),
    staleTime: 15_000,
  });
