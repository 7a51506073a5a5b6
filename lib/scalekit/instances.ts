import { z } from 'zod';
import type { HttpClient } from './http-client';
import { configWire } from './configs';
import type { ConnectionAuthState, McpInstance, Page } from './types';
import { connectionAuthStateWire, pageFields, str } from './wire';

/**
 * Per-user MCP instances (API.md §7, PREVIEW). `url` is a credential (it needs no header): callers must keep it
 * out of logs, the audit log, the database and any page a non-admin sees.
 */
const instanceWire = z
  .object({
    id: z.string().min(1),
    name: str,
    user_identifier: str,
    config: configWire.optional(),
    url: str,
    last_used_at: str,
    updated_at: str,
  })
  .transform((i): McpInstance => ({
    id: i.id,
    name: i.name,
    userIdentifier: i.user_identifier,
    config: i.config ?? null,
    url: i.url,
    lastUsedAt: i.last_used_at || null,
    updatedAt: i.updated_at || null,
  }));
const one = z.object({ instance: instanceWire });
const list = z.object({ instances: z.array(instanceWire).optional().default([]), ...pageFields });
const authState = z.object({
  connections: z.array(connectionAuthStateWire).optional().default([]),
});

export interface InstanceFilter {
  id?: string;
  name?: string;
  configName?: string;
  userIdentifier?: string;
}

const at = (id: string) => `/api/v1/mcp/instances/${encodeURIComponent(id)}`;

export function instancesApi(http: HttpClient) {
  return {
    /** Get-or-create on (config, name, user): safe to call on every login. */
    async ensure(o: { configName: string; userIdentifier: string; name?: string }): Promise<McpInstance> {
      const r = await http.request({
        method: 'POST',
        path: '/api/v1/mcp/instances',
        idempotent: true, // get-or-create: repeating it cannot make a second instance
        schema: one,
        body: { config_name: o.configName, user_identifier: o.userIdentifier, name: o.name || undefined },
      });
      return r.instance;
    },
    async list(
      o: { filter?: InstanceFilter; search?: string; pageSize?: number; pageToken?: string } = {},
    ): Promise<Page<McpInstance>> {
      const r = await http.request({
        method: 'GET',
        path: '/api/v1/mcp/instances',
        idempotent: true,
        schema: list,
        query: {
          'filter.id': o.filter?.id,
          'filter.name': o.filter?.name,
          'filter.config_name': o.filter?.configName,
          'filter.user_identifier': o.filter?.userIdentifier,
          search: o.search || undefined,
          page_size: o.pageSize,
          page_token: o.pageToken || undefined,
        },
      });
      return {
        items: r.instances,
        nextPageToken: r.next_page_token,
        prevPageToken: r.prev_page_token,
        totalSize: r.total_size,
      };
    },
    async get(id: string): Promise<McpInstance> {
      return (await http.request({ method: 'GET', path: at(id), idempotent: true, schema: one })).instance;
    },
    async update(id: string, o: { name?: string; configName?: string }): Promise<McpInstance> {
      const r = await http.request({
        method: 'PATCH',
        path: at(id),
        idempotent: false, // a write: sent once, re-read by the caller if its answer is lost
        schema: one,
        body: { name: o.name || undefined, config_name: o.configName || undefined },
      });
      return r.instance;
    },
    async delete(id: string): Promise<void> {
      // A write: sent once; its caller re-reads when the answer is lost (a retry would answer 404 once applied).
      await http.request({ method: 'DELETE', path: at(id), idempotent: false, schema: z.object({}).loose() });
    },
    async authState(id: string, o: { includeAuthLinks?: boolean } = {}): Promise<ConnectionAuthState[]> {
      const r = await http.request({
        method: 'POST',
        path: `${at(id)}:get_auth_state`,
        // With links it creates missing accounts, so it is not retried blindly.
        idempotent: !o.includeAuthLinks,
        schema: authState,
        body: { include_auth_links: o.includeAuthLinks ?? false },
      });
      return r.connections;
    },
  };
}
