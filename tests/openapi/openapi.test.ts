/**
 * /api/openapi.json documents every route that accepts API keys (what the command line calls), from the same
 * zod schemas that validate requests; a new key-taking route that is not documented fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../architecture/import-graph';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const pathOf = (file: string) =>
  `/${path.dirname(file).replace(/\[([^\]]+)\]/g, '{$1}')}`.replace(/^\/app/, '');

describe('the OpenAPI document', () => {
  it('lists every route that accepts API keys, each at the path of its file', async () => {
    const { DOCUMENTED_ROUTES } = await import('@/app/api/documented-routes');
    const keyRoutes = walk('app')
      .filter(
        (f) => f.endsWith('/route.ts') && /apiKeys:\s*true/.test(readFileSync(path.join(ROOT, f), 'utf8')),
      )
      .map(pathOf)
      .sort();
    expect(keyRoutes.length).toBeGreaterThanOrEqual(3);
    expect(keyRoutes.filter((p) => !DOCUMENTED_ROUTES.some((r) => r.path === p))).toEqual([]);
    for (const r of DOCUMENTED_ROUTES) {
      const file = `app${r.path.replace(/\{([^}]+)\}/g, '[$1]')}/route.ts`;
      const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      expect(mod[r.method.toUpperCase()], `${r.method} ${r.path}`).toBe(r.route);
    }
  });

  it('is generated from the request schemas: the plan body, the env parameter, the answers', async () => {
    const { GET } = await import('@/app/api/openapi.json/route');
    const res = await GET(new Request('http://console.test/api/openapi.json'));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, Record<string, Record<string, never>>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'http://console.test' }]);
    const plan = doc.paths['/api/environments/{env}/configs/plan']!.post!;
    expect(plan).toMatchObject({ operationId: 'configs.plan', security: [{ apiKey: [] }, { session: [] }] });
    const body = plan.requestBody as {
      content: {
        'application/json': { schema: { required: string[]; properties: Record<string, unknown> } };
      };
    };
    expect(body.content['application/json'].schema.required).toEqual(['fileName', 'content']);
    expect(Object.keys(body.content['application/json'].schema.properties)).toEqual([
      'fileName',
      'content',
      'prune',
    ]);
    const env = (
      plan.parameters as unknown as { name: string; in: string; schema: { pattern: string } }[]
    )[0]!;
    expect(env).toMatchObject({ name: 'env', in: 'path', schema: { pattern: '^[a-z][a-z0-9-]{0,39}$' } });
    const ok = plan.responses as unknown as {
      '200': { content: { 'application/json': { schema: { required: string[] } } } };
    };
    expect(ok['200'].content['application/json'].schema.required).toContain('digest');
    const apply = doc.paths['/api/environments/{env}/configs/apply']!.post!;
    expect(apply['x-permission' as never]).toBe('configs:write');
    expect(doc.paths['/api/environments/{env}/configs/export']!.get!.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'names', in: 'query', required: false })]),
    );
  });
});
