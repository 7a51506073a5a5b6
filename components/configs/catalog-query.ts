import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { PickerTool } from '@/lib/configs/picker-tools';

export type { PickerTool } from '@/lib/configs/picker-tools';

export const catalogQuery = (connectionName: string) =>
  queryOptions({
    queryKey: ['catalog', connectionName],
    queryFn: async (): Promise<PickerTool[]> =>
      (await getJson<{ tools: PickerTool[] }>(`/api/catalog/${encodeURIComponent(connectionName)}`)).tools,
    staleTime: 5 * 60_000,
  });
