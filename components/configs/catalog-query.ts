import { queryOptions } from '@tanstack/react-query';

export interface PickerTool {
  name: string;
  description: string;
  readOnly: boolean;
  params: { name: string; type: string; required: boolean }[];
}

export const catalogQuery = (connectionName: string) =>
  queryOptions({
    queryKey: ['catalog', connectionName],
    queryFn: async (): Promise<PickerTool[]> => {
      const res = await fetch(`/api/catalog/${encodeURIComponent(connectionName)}`);
      const body = (await res.json().catch(() => ({}))) as { tools?: PickerTool[]; error?: string };
      if (!res.ok || !body.tools)
        throw new Error(body.error ?? `Could not load the ${connectionName} tools (${res.status})`);
      return body.tools;
    },
    staleTime: 5 * 60_000,
  });
