import { z } from 'zod';
import { collectPages } from './paging';
import type { HttpClient } from './http-client';
import type { McpConfig, Page } from './types';
import { pageFields, str } from './wire';

const mappingWire = z.object({
  connection_id: str,
  connection_name: str,
  provider: str,
  tools: z.array(z.string()).optional().default([]),
});
export const configWire = z
  .object({
    id: z.string(),
    name: str,
    description: str,
    mcp_server_url: str,
    connection_tool_mappings: z.array(mappingWire).optional().default([]),
  })
  .transform((c): McpConfig => ({
    id: c.id,
    name: c.name,
    description: c.description,
    mcpServerUrl: c.mcp_server_url,
    mappings: c.connection_tool_mappings.map((m) => ({
      connectionName: m.connection_name,
      connectionId: m.connection_id,
      provider: m.provider,
      tools: m.tools,
    })),
  }));
const one = z.object({ config: configWire });
const list = z.object({ configs: z.array(configWire).optional().default([]), ...pageFields });

export interface MappingInput {
  connectionName: string;
  tools: string[];
}

const toWire = (m: MappingInput[]) => m.map((x) => ({ connection_name: x.connectionName, tools: x.tools }));
const MAX_PAGES = 100; // 3,000 configs: a bound so a misbehaving page token cannot loop forever

export function configsApi(http: HttpClient) {
  const api = {
    async list(
      o: {
        search?: string;
        pageSize?: number;
        pageToken?: string;
        filter?: { id?: string; name?: string; provider?: string; mcpServerUrl?: string };
      } = {},
    ): Promise<Page<McpConfig>> {
      const r = await http.request({
        method: 'GET',
        path: '/api/v1/mcp/configs',
        idempotent: true,
        schema: list,
        query: {
          search: o.search,
          page_size: o.pageSize,
          page_token: o.pageToken,
          'filter.id': o.filter?.id,
          'filter.name': o.filter?.name,
          'filter.provider': o.filter?.provider,
          'filter.mcp_server_url': o.filter?.mcpServerUrl,
        },
      });
      return {
        items: r.configs,
        nextPageToken: r.next_page_token,
        prevPageToken: r.prev_page_token,
        totalSize: r.total_size,
      };
    },
    listAll(o: { search?: string } = {}): Promise<McpConfig[]> {
      return collectPages((pageToken) => api.list({ search: o.search, pageSize: 30, pageToken }), MAX_PAGES);
    },
    async get(id: string): Promise<McpConfig> {
      const r = await http.request({
        method: 'GET',
        path: `/api/v1/mcp/configs/${encodeURIComponent(id)}`,
        idempotent: true,
        schema: one,
      });
      return r.config;
    },
    async create(input: {
      name: string;
      description?: string;
      mappings: MappingInput[];
    }): Promise<McpConfig> {
      const r = await http.request({
        method: 'POST',
        path: '/api/v1/mcp/configs',
        idempotent: false,
        schema: one,
        body: {
          name: input.name,
          description: input.description ?? '',
          connection_tool_mappings: toWire(input.mappings),
        },
      });
      return r.config;
    },
    async update(id: string, input: { description?: string; mappings?: MappingInput[] }): Promise<McpConfig> {
      const r = await http.request({
        method: 'PUT',
        path: `/api/v1/mcp/configs/${encodeURIComponent(id)}`,
        // A write: sent once. If its answer is lost the save re-reads (lib/configs/save.ts): sending it again
        // could overwrite a change made in between.
        idempotent: false,
        schema: one,
        body: {
          description: input.description,
          connection_tool_mappings: input.mappings ? toWire(input.mappings) : undefined,
        },
      });
      return r.config;
    },
    async delete(id: string): Promise<void> {
      await http.request({
        method: 'DELETE',
        path: `/api/v1/mcp/configs/${encodeURIComponent(id)}`,
        idempotent: false, // a write: its caller re-reads when the answer is lost
        schema: z.unknown(),
      });
    },
  };
  return api;
}
