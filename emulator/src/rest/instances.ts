/**
 * Per-user MCP instances (API.md §7): ensure (get-or-create), list, get, update, delete and auth state.
 * What the published contract leaves open is decided here and listed in emulator/README.md.
 */
import { z } from 'zod';
import { conflict, invalid, notFound } from '../http/errors';
import type { Router } from '../http/router';
import { configToWire, pageSizeParam, paginate, parseInput } from '../http/wire';
import { instanceUrl } from '../mcp/instance-handler';
import type { McpConfig, McpInstance } from '../store/types';
import type { Deps } from './deps';
import { connectionAuthStates } from './mcp-auth-state';

const noControlChars = /^[^\u0000-\u001f\u007f]*$/;
const nameField = z
  .string({ message: 'name must be a string' })
  .max(100, 'name must be at most 100 characters')
  .regex(noControlChars, 'name must not contain control characters');
const configNameField = z
  .string({ message: 'config_name must be a string' })
  .max(100, 'config_name must be at most 100 characters');

const ensureSchema = z.object({
  config_name: configNameField.min(1, 'config_name is required'),
  user_identifier: z
    .string({ message: 'user_identifier is required' })
    .min(1, 'user_identifier is required')
    .max(255, 'user_identifier must be at most 255 characters'),
  name: nameField.optional(),
});

const updateSchema = z.object({ name: nameField.optional(), config_name: configNameField.optional() });

const authStateSchema = z.object({
  include_auth_links: z
    .boolean({ message: 'include_auth_links must be true or false' })
    .optional()
    .default(false),
});

const listSchema = z.object({
  'filter.id': z.string().optional(),
  'filter.name': z.string().max(100, 'filter.name must be at most 100 characters').optional(),
  'filter.config_name': z.string().max(100, 'filter.config_name must be at most 100 characters').optional(),
  'filter.user_identifier': z
    .string()
    .max(255, 'filter.user_identifier must be at most 255 characters')
    .optional(),
  search: z.string().max(100, 'search must be at most 100 characters').optional(),
  page_size: pageSizeParam(30, 30),
  page_token: z.string().optional(),
});

export function registerInstanceRoutes(router: Router, deps: Deps) {
  const { store, baseUrl } = deps;
  const wire = (i: McpInstance) => {
    const config = store.getConfig(i.configId);
    return {
      id: i.id,
      name: i.name,
      user_identifier: i.userIdentifier,
      config: config && configToWire(baseUrl, config, store.connections),
      url: instanceUrl(baseUrl, i),
      last_used_at: i.lastUsedAt,
      updated_at: i.updatedAt,
    };
  };
  const mustGet = (id: string) => {
    const i = store.instances.get(id);
    if (!i) throw notFound('MCP instance does not exist');
    return i;
  };
  /** A config named in a body: a reference that does not resolve is a bad argument, not a missing instance. */
  const configNamed = (name: string): McpConfig => {
    const c = store.getConfigByName(name);
    if (!c)
      throw invalid(`MCP config "${name}" does not exist`, [
        { field: 'config_name', description: `MCP config "${name}" does not exist in this environment` },
      ]);
    return c;
  };

  router.add(
    'POST',
    '/api/v1/mcp/instances',
    async ({ body }) => {
      const input = parseInput(ensureSchema, await body(), 'MCP instance');
      const config = configNamed(input.config_name);
      // An omitted or empty name means the config's name, so "no name" is one stable identity too.
      const name = input.name || config.name;
      // Lookup and create run with no await in between: concurrent ensures cannot create two instances.
      const instance =
        store.instances.find(config.id, name, input.user_identifier) ??
        store.instances.create({ configId: config.id, name, userIdentifier: input.user_identifier });
      return { instance: wire(instance) };
    },
    { auth: true },
  );

  router.add(
    'GET',
    '/api/v1/mcp/instances',
    ({ query }) => {
      const q = parseInput(listSchema, Object.fromEntries(query), 'Query');
      let items = store.instances.all();
      if (q['filter.id']) items = items.filter((i) => i.id === q['filter.id']);
      if (q['filter.name']) items = items.filter((i) => i.name === q['filter.name']);
      if (q['filter.config_name']) {
        const configId = store.getConfigByName(q['filter.config_name'])?.id;
        items = items.filter((i) => i.configId === configId);
      }
      if (q['filter.user_identifier'])
        items = items.filter((i) => i.userIdentifier === q['filter.user_identifier']);
      if (q.search) {
        const s = q.search.toLowerCase();
        items = items.filter(
          (i) => i.name.toLowerCase().includes(s) || i.userIdentifier.toLowerCase().includes(s),
        );
      }
      items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      const { page, ...rest } = paginate(items, q.page_size, q.page_token);
      return { instances: page.map(wire), ...rest };
    },
    { auth: true },
  );

  router.add(
    'GET',
    '/api/v1/mcp/instances/{instance_id}',
    ({ params }) => ({
      instance: wire(mustGet(params.instance_id)),
    }),
    { auth: true },
  );

  router.add(
    'PATCH',
    '/api/v1/mcp/instances/{instance_id}',
    async ({ params, body }) => {
      const input = parseInput(updateSchema, await body(), 'MCP instance update');
      const instance = mustGet(params.instance_id);
      // proto3 cannot tell an empty string from an absent one: "" leaves the field as it is.
      if (!input.name && !input.config_name)
        throw invalid('Set name or config_name: there is nothing to update', [
          { field: '(body)', description: 'at least one of name and config_name is required' },
        ]);
      const configId = input.config_name ? configNamed(input.config_name).id : instance.configId;
      const name = input.name || instance.name;
      const holder = store.instances.find(configId, name, instance.userIdentifier);
      if (holder && holder.id !== instance.id)
        throw conflict(`instance ${holder.id} already has this config, name and user identifier`);
      return { instance: wire(store.instances.update(instance.id, { name, configId })!) };
    },
    { auth: true },
  );

  router.add(
    'DELETE',
    '/api/v1/mcp/instances/{instance_id}',
    ({ params }) => {
      if (!store.instances.delete(params.instance_id)) throw notFound('MCP instance does not exist');
      return {};
    },
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/mcp/instances/{instance_id}:get_auth_state',
    async ({ params, body }) => {
      const input = parseInput(authStateSchema, await body());
      const instance = mustGet(params.instance_id);
      const config = store.getConfig(instance.configId);
      if (!config) throw notFound('MCP instance does not exist');
      return {
        connections: connectionAuthStates(deps, config, instance.userIdentifier, input.include_auth_links),
      };
    },
    { auth: true },
  );
}
