/** App connections (API.md §6) and the tool catalog (API.md §5). */
import { z } from 'zod';
import type { Router } from '../http/router';
import { connectionToWire, pageSizeParam, paginate, parseInput } from '../http/wire';
import type { CatalogTool } from '../store/types';
import type { Deps } from './deps';

const connectionsSchema = z.object({
  page_size: pageSizeParam(100, 50),
  page_token: z.string().optional(),
  provider: z.string().optional(),
});

const toolsSchema = z.object({
  'filter.summary': z.enum(['true', 'false'], { message: 'filter.summary must be true or false' }).optional(),
  'filter.provider': z.string().optional(),
  'filter.identifier': z.string().optional(),
  'filter.query': z
    .string()
    .min(3, 'filter.query must be at least 3 characters')
    .max(100, 'filter.query must be at most 100 characters')
    .optional(),
  'filter.connector': z.string().optional(),
  page_size: pageSizeParam(1000, 100),
  page_token: z.string().optional(),
});

const scopedSchema = z.object({
  identifier: z
    .string({ message: 'identifier is required' })
    .min(1, 'identifier is required')
    .max(255, 'identifier must be at most 255 characters'),
  page_size: pageSizeParam(1000, 100),
  page_token: z.string().optional(),
});

export function toolToWire(t: CatalogTool) {
  return {
    id: `tol_${t.name}`,
    provider: t.connector.toUpperCase(),
    definition: {
      name: t.name,
      description: t.description,
      input_schema: t.inputSchema,
      annotations: {
        read_only_hint: t.readOnly,
        destructive_hint: !t.readOnly && /delete|remove|trash/.test(t.name),
      },
    },
    tags: [t.connector],
    is_default: true,
  };
}

export function registerCatalogRoutes(router: Router, { store, baseUrl }: Deps) {
  router.add(
    'GET',
    '/api/v1/connections/app',
    ({ query }) => {
      const q = parseInput(connectionsSchema, Object.fromEntries(query), 'Query');
      let items = [...store.connections.values()];
      if (q.provider) items = items.filter((c) => c.providerKey === q.provider!.toUpperCase());
      const { page, ...rest } = paginate(items, q.page_size, q.page_token);
      return { connections: page.map((c) => connectionToWire(baseUrl, c)), ...rest };
    },
    { auth: true },
  );

  router.add(
    'GET',
    '/api/v1/tools',
    ({ query }) => {
      const q = parseInput(
        toolsSchema,
        { ...Object.fromEntries(query), 'filter.tool_name': undefined },
        'Query',
      );
      const names = query.getAll('filter.tool_name').filter(Boolean);
      let tools: CatalogTool[];
      if (q['filter.connector']) {
        const conn = store.getConnection(q['filter.connector']);
        tools = (conn && store.catalog.connector(conn.connector)?.tools) || [];
      } else if (q['filter.provider']) {
        tools = store.catalog.connector(q['filter.provider'].toLowerCase())?.tools ?? [];
      } else {
        tools = store.catalog.connectors.flatMap((c) => c.tools);
      }
      if (store.retiredTools.size) tools = tools.filter((t) => !store.retiredTools.has(t.name));
      if (names.length) {
        const set = new Set(names);
        tools = tools.filter((t) => set.has(t.name));
      }
      if (q['filter.query']) {
        const s = q['filter.query'].toLowerCase();
        tools = tools.filter((t) => t.name.includes(s) || t.description.toLowerCase().includes(s));
      }
      const { page, ...rest } = paginate(tools, q.page_size, q.page_token);
      if (q['filter.summary'] === 'true') return { tool_names: page.map((t) => t.name), ...rest };
      return { tools: page.map(toolToWire), ...rest };
    },
    { auth: true },
  );

  // Inferred where API.md is silent: the tools of every connection on which the identifier has an ACTIVE
  // account (what that user's agent can run now), in connection order, each with the account it runs as.
  router.add(
    'GET',
    '/api/v1/tools/scoped',
    ({ query }) => {
      const repeated = ['filter.providers', 'filter.tool_names', 'filter.connection_names'];
      const q = parseInput(
        scopedSchema,
        Object.fromEntries([...query].filter(([k]) => !repeated.includes(k))),
        'Query',
      );
      const set = (key: string, upper = false) => {
        const values = query.getAll(key).filter(Boolean);
        return values.length ? new Set(values.map((v) => (upper ? v.toUpperCase() : v))) : undefined;
      };
      const providers = set('filter.providers', true);
      const toolNames = set('filter.tool_names');
      const connectionNames = set('filter.connection_names');
      const items: {
        tool: ReturnType<typeof toolToWire>;
        identifier: string;
        connected_account_id: string;
      }[] = [];
      for (const conn of store.connections.values()) {
        if (connectionNames && !connectionNames.has(conn.keyId)) continue;
        if (providers && !providers.has(conn.providerKey)) continue;
        const account = store.findAccount(q.identifier, conn.keyId);
        if (account?.status !== 'ACTIVE') continue;
        for (const t of store.catalog.connector(conn.connector)?.tools ?? []) {
          if (toolNames && !toolNames.has(t.name)) continue;
          items.push({ tool: toolToWire(t), identifier: q.identifier, connected_account_id: account.id });
        }
      }
      const { page, ...rest } = paginate(items, q.page_size, q.page_token);
      return { tools: page, ...rest };
    },
    { auth: true },
  );
}
