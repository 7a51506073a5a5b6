import { queryOptions, skipToken } from '@tanstack/react-query';
import type { ConfigDraft } from '@/lib/configs/schema';
import { getJson } from '@/components/ui/get-json';
import type { PickerTool } from '@/lib/configs/picker-tools';

export type { PickerTool } from '@/lib/configs/picker-tools';

export const configKeys = {
  all: ['configs'] as const,
  detail: (configId: string) => [...configKeys.all, 'detail', configId] as const,
  catalog: (connectionName: string) => [...configKeys.all, 'catalog', connectionName] as const,
  impact: (configId: string, connections: string[]) =>
    [...configKeys.all, 'impact', configId, connections] as const,
};

export const catalogPath = (connectionName: string) => `/api/catalog/${encodeURIComponent(connectionName)}`;

/** A connection's tools for the picker; the server caches catalogs for 5 minutes too. */
export const catalogQuery = (connectionName: string) =>
  queryOptions({
    queryKey: configKeys.catalog(connectionName),
    queryFn: async (): Promise<PickerTool[]> =>
      (await getJson<{ tools: PickerTool[] }>(catalogPath(connectionName))).tools,
    staleTime: 5 * 60_000,
  });

/** The saved version the editor edits from: its snapshot and fingerprint (what a save compares against). */
export interface SavedVersion {
  snapshot: ConfigDraft;
  hash: string;
}

/**
 * The config as last saved, for the editor and the page header. Never fetched by itself: the page hands it
 * over, and a save, a reload after a conflict or a rollback writes the new version in (`setQueryData`), so every
 * part of the page shows the same version and nothing is fetched twice.
 */
export const savedVersionQuery = (configId: string) =>
  queryOptions<SavedVersion>({
    queryKey: configKeys.detail(configId),
    queryFn: skipToken,
    staleTime: Infinity,
  });
