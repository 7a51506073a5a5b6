/** MCP configs: CRUD and the filtered, paginated list (API.md §2). */
import { z } from 'zod';
import { conflict, invalid, notFound, type FieldViolation } from '../http/errors';
import { Reply, type Router } from '../http/router';
import { configToWire, pageSizeParam, paginate, parseInput } from '../http/wire';
import type { ToolMapping } from '../store/types';
import type { Deps } from './deps';

const NAME_RE = /^[a-z0-9_-]+$/;
const MAX_MAPPINGS = 25;

const mappingSchema = z.object({
  connection_name: z.string({ message: 'connection_name is required' }).min(1, 'connection_name is required'),
  tools: z.array(z.string().min(1, 'tool names must not be empty')).max(5000).optional().default([]),
});
const mappingsSchema = z
  .array(mappingSchema, { message: 'connection_tool_mappings must be a list' })
  .max(MAX_MAPPINGS, `at most ${MAX_MAPPINGS} connection mappings are allowed`);

const createSchema = z.object({
  name: z
    .string({ message: 'name is required' })
    .min(1, 'name is required')
    .max(100, 'name must be at most 100 characters')
    .regex(NAME_RE, 'name may contain only lowercase letters, digits, hyphens and underscores'),
  description: z.string().max(2000, 'description must be at most 2000 characters').optional().default(''),
  connection_tool_mappings: mappingsSchema.optional().default([]),
});

const updateSchema = z.object({
  name: z.string().optional(),
  description: z.string().max(2000, 'description must be at most 2000 characters').optional(),
  connection_tool_mappings: mappingsSchema.optional(),
});

const listSchema = z.object({
  'filter.id': z.string().optional(),
  'filter.name': z
    .string()
    .max(100, 'filter.name must be at most 100 characters')
    .regex(/^[a-zA-Z0-9_-]*$/, 'filter.name may contain only letters, digits, hyphens and underscores')
    .optional(),
  'filter.provider': z.string().optional(),
  'filter.mcp_server_url': z.string().optional(),
  search: z.string().max(100, 'search must be at most 100 characters').optional(),
  page_size: pageSizeParam(30, 30),
  page_token: z.string().optional(),
});

/** Checks that every connection exists and every tool belongs to its connector; names the offenders. */
function validateMappings(deps: Deps, raw: z.infer<typeof mappingsSchema>): ToolMapping[] {
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  raw.forEach((m, i) => {
    const conn = deps.store.getConnection(m.connection_name);
    if (seen.has(m.connection_name)) {
      violations.push({
        field: `connection_tool_mappings[${i}].connection_name`,
        description: `connection "${m.connection_name}" is mapped more than once`,
      });
    }
    seen.add(m.connection_name);
    if (!conn) {
      violations.push({
        field: `connection_tool_mappings[${i}].connection_name`,
        description: `connection "${m.connection_name}" does not exist in this environment`,
      });
      return;
    }
    for (const tool of m.tools) {
      const t = deps.store.catalog.tool(tool);
      if (!t || t.connector !== conn.connector || deps.store.retiredTools.has(tool)) {
        violations.push({
          field: `connection_tool_mappings[${i}].tools`,
          description: `tool "${tool}" does not belong to connection "${m.connection_name}" (${conn.connector})`,
        });
      }
    }
  });
  if (violations.length) throw invalid(violations.map((v) => v.description).join('; '), violations);
  return raw.map((m) => ({ connectionName: m.connection_name, tools: [...new Set(m.tools)] }));
}

export function registerConfigRoutes(router: Router, deps: Deps) {
  const { store, baseUrl } = deps;
  const wire = (c: Parameters<typeof configToWire>[1]) => configToWire(baseUrl, c, store.connections);
  const mustGet = (id: string) => {
    const c = store.getConfig(id);
    if (!c) throw notFound('MCP configuration does not exist');
    return c;
  };

  router.add(
    'GET',
    '/api/v1/mcp/configs',
    ({ query }) => {
      const q = parseInput(listSchema, Object.fromEntries(query), 'Query');
      let items = [...store.configs.values()];
      if (q['filter.id']) items = items.filter((c) => c.id === q['filter.id']);
      if (q['filter.name'])
        items = items.filter((c) => c.name.toLowerCase() === q['filter.name']!.toLowerCase());
      if (q['filter.provider']) {
        const p = q['filter.provider'].toUpperCase();
        items = items.filter((c) =>
          c.mappings.some((m) => store.getConnection(m.connectionName)?.providerKey === p),
        );
      }
      if (q['filter.mcp_server_url']) {
        const uuid = q['filter.mcp_server_url'].replace(/\/+$/, '').split('/').pop() ?? '';
        items = items.filter((c) => c.serverUuid === uuid.toLowerCase());
      }
      if (q.search) {
        const s = q.search.toLowerCase();
        items = items.filter((c) => c.name.includes(s));
      }
      items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      const { page, ...rest } = paginate(items, q.page_size, q.page_token);
      return { configs: page.map(wire), ...rest };
    },
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/mcp/configs',
    async ({ body }) => {
      const input = parseInput(createSchema, await body(), 'MCP config');
      const mappings = validateMappings(deps, input.connection_tool_mappings);
      // Checked after validation and with no await in between, so two concurrent creates cannot both win.
      if (store.getConfigByName(input.name))
        throw conflict(`an MCP config named "${input.name}" already exists`);
      const c = store.createConfig({ name: input.name, description: input.description, mappings });
      return new Reply(201, { config: wire(c) });
    },
    { auth: true },
  );

  router.add(
    'GET',
    '/api/v1/mcp/configs/{config_id}',
    ({ params }) => ({ config: wire(mustGet(params.config_id)) }),
    {
      auth: true,
    },
  );

  router.add(
    'PUT',
    '/api/v1/mcp/configs/{config_id}',
    async ({ params, body }) => {
      const input = parseInput(updateSchema, await body(), 'MCP config update');
      const c = mustGet(params.config_id);
      if (input.name !== undefined && input.name !== '' && input.name !== c.name) {
        throw invalid('name cannot be changed after creation', [
          { field: 'name', description: 'name is immutable; create a new config (clone) instead' },
        ]);
      }
      // proto3 cannot tell an empty list from an absent one: [] leaves the mappings as they are.
      const mappings =
        input.connection_tool_mappings && input.connection_tool_mappings.length > 0
          ? validateMappings(deps, input.connection_tool_mappings)
          : undefined;
      return { config: wire(store.updateConfig(c.id, { description: input.description, mappings })!) };
    },
    { auth: true },
  );

  router.add(
    'DELETE',
    '/api/v1/mcp/configs/{config_id}',
    ({ params }) => {
      if (!store.deleteConfig(params.config_id)) throw notFound('MCP configuration does not exist');
      return {};
    },
    { auth: true },
  );
}
