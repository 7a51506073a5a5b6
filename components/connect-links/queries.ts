import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { ConnectState } from '@/lib/connect-links/state';

export const connectKeys = {
  all: ['connect'] as const,
  state: (token: string) => [...connectKeys.all, token] as const,
};

export const connectPath = (token: string) => `/api/connect/${token}`;

/** The end user's statuses. Live: the live layer polls it until every connection of the config is ACTIVE. */
export const connectStateQuery = (token: string) =>
  queryOptions({
    queryKey: connectKeys.state(token),
    queryFn: () => getJson<ConnectState>(connectPath(token)),
    meta: { watch: (d: unknown) => (d as ConnectState).connections.map((c) => c.status) },
  });
