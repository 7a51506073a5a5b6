import { z } from 'zod';
import type { RouteDefinition } from '@/lib/request/define-route';

type AnyDefinition = RouteDefinition<
  z.ZodType | undefined,
  z.ZodType | undefined,
  z.ZodType | undefined,
  unknown
>;

export interface DocumentedRoute {
  /** OpenAPI path template: `/api/environments/{env}/configs/plan`. */
  path: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  route: { definition: AnyDefinition };
}

// Request schemas describe what a caller sends (before transforms); answers what the console sends back.
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input') as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    description: prop.description,
    schema: prop,
  }));
}

const problem = {
  type: 'object',
  properties: {
    error: { type: 'string', description: 'What went wrong and what to do, in words.' },
    code: { type: 'string' },
    fieldErrors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    details: {},
  },
  required: ['error', 'code'],
};

/**
 * The OpenAPI 3.1 document of the routes given, generated from the zod schemas their `defineRoute` validates
 * requests with (and the schemas of their answers), so the document cannot drift from what the console accepts.
 */
export function openApiDocument(routes: DocumentedRoute[], o: { serverUrl?: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { path, method, route } of routes) {
    const d = route.definition;
    const responseType = d.doc?.responseType ?? 'application/json';
    const ok = d.doc?.response
      ? { content: { 'application/json': { schema: jsonSchema(d.doc.response, 'output') } } }
      : { content: { [responseType]: { schema: { type: 'string' } } } };
    (paths[path] ??= {})[method] = {
      operationId: d.name ?? `${method} ${path}`,
      summary: d.doc?.summary,
      description: d.doc?.description,
      'x-permission': d.access,
      security: d.access === 'public' ? [] : [...(d.apiKeys ? [{ apiKey: [] }] : []), { session: [] }],
      parameters: [...parameters(d.params, 'path'), ...parameters(d.query, 'query')],
      ...(d.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(d.body, 'input') } },
            },
          }
        : {}),
      responses: {
        '200': { description: 'OK', ...ok },
        ...(d.body || d.query || d.params
          ? {
              '400': {
                description: 'The request is invalid: each field to fix is named',
                content: { 'application/json': { schema: problem } },
              },
            }
          : {}),
        ...(d.access === 'public'
          ? {}
          : {
              '401': {
                description: 'Not signed in, or the API key is unknown, revoked or expired',
                content: { 'application/json': { schema: problem } },
              },
              '403': {
                description: "The role (or the key's role or environments) does not allow this",
                content: { 'application/json': { schema: problem } },
              },
            }),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'MCP Console API',
      version: o.version,
      description:
        "The console's HTTP API as the mcp-console command line uses it. Authenticate with `Authorization: Bearer <API key>` (an admin creates keys at /access/api-keys) or a signed-in session.",
    },
    ...(o.serverUrl ? { servers: [{ url: o.serverUrl }] } : {}),
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An operator API key (mck_...)' },
        session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token' },
      },
    },
    paths,
  };
}
