/** App connections and the tool catalog. The catalog is cached in-process: it rarely changes. */
import { z } from 'zod';
import type { HttpClient } from './http-client';
import type { Connection, Page, ToolDefinition } from './types';
import { collectPages } from './paging';
import { pageFields, str } from './wire';

const connectionWire = z
  .object({
    id: z.string(),
    key_id: str,
    provider: str,
    provider_key: str,
    type: str,
    status: str,
    enabled: z.boolean().optional().default(false),
    mcp_server_url: str,
  })
  .transform((c): Connection => ({
    id: c.id,
    name: c.key_id,
    provider: c.provider_key || c.provider,
    type: c.type,
    status: c.status,
    enabled: c.enabled,
    mcpServerUrl: c.mcp_server_url,
  }));
const connectionsList = z.object({
  connections: z.array(connectionWire).optional().default([]),
  ...pageFields,
});

const toolWire = z
  .object({
    provider: str,
    definition: z
      .object({
        name: str,
        description: str,
        input_schema: z
          .object({
            properties: z
              .record(
                z.string(),
                z.object({ type: z.string().optional(), description: z.string().optional() }).passthrough(),
              )
              .optional()
              .default({}),
            required: z.array(z.string()).optional().default([]),
          })
          .passthrough()
          .optional(),
        annotations: z
          .object({ read_only_hint: z.boolean().optional(), readOnlyHint: z.boolean().optional() })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .transform((t): ToolDefinition => ({
    name: t.definition?.name ?? '',
    description: t.definition?.description ?? '',
    inputSchema: {
      properties: t.definition?.input_schema?.properties ?? {},
      required: t.definition?.input_schema?.required ?? [],
    },
    readOnly: Boolean(t.definition?.annotations?.read_only_hint ?? t.definition?.annotations?.readOnlyHint),
  }));
const toolsList = z.object({
  tools: z.array(toolWire).optional().default([]),
  tool_names: z.array(z.string()).optional().default([]),
  ...pageFields,
});

const CATALOG_TTL_MS = 5 * 60_000;
const MAX_PAGES = 50;

export function catalogApi(http: HttpClient, now: () => number = Date.now) {
  const toolCache = new Map<string, { at: number; tools: Promise<ToolDefinition[]> }>();

  const connections = {
    async list(
      o: { pageSize?: number; pageToken?: string; provider?: string } = {},
    ): Promise<Page<Connection>> {
      const r = await http.request({
        method: 'GET',
        path: '/api/v1/connections/app',
        idempotent: true,
        schema: connectionsList,
        query: { page_size: o.pageSize, page_token: o.pageToken, provider: o.provider },
      });
      return {
        items: r.connections,
        nextPageToken: r.next_page_token,
        prevPageToken: r.prev_page_token,
        totalSize: r.total_size,
      };
    },
    listAll(): Promise<Connection[]> {
      return collectPages((pageToken) => connections.list({ pageSize: 100, pageToken }), MAX_PAGES);
    },
  };

  const tools = {
    async list(
      o: {
        connector?: string;
        provider?: string;
        toolNames?: string[];
        query?: string;
        summary?: boolean;
        pageSize?: number;
        pageToken?: string;
      } = {},
    ) {
      const r = await http.request({
        method: 'GET',
        path: '/api/v1/tools',
        idempotent: true,
        schema: toolsList,
        query: {
          'filter.connector': o.connector,
          'filter.provider': o.provider,
          'filter.tool_name': o.toolNames,
          'filter.query': o.query,
          'filter.summary': o.summary ? 'true' : undefined,
          page_size: o.pageSize,
          page_token: o.pageToken,
        },
      });
      return {
        tools: r.tools,
        toolNames: r.tool_names,
        totalSize: r.total_size,
        nextPageToken: r.next_page_token,
      };
    },
    /** Every tool of a connection with its definition; cached for a few minutes per connection. */
    listAllForConnector(connectionName: string): Promise<ToolDefinition[]> {
      const hit = toolCache.get(connectionName);
      if (hit && now() - hit.at < CATALOG_TTL_MS) return hit.tools;
      const load = collectPages(async (pageToken) => {
        const page = await tools.list({ connector: connectionName, pageSize: 500, pageToken });
        return { items: page.tools, nextPageToken: page.nextPageToken };
      }, MAX_PAGES);
      toolCache.set(connectionName, { at: now(), tools: load });
      load.catch(() => toolCache.delete(connectionName)); // never cache a failure
      return load;
    },
  };
  return { connections, tools };
}
