/**
 * The connector catalog (emulator/data/connectors.json: 348 connectors, 15,956 tools; names, parameters and
 * connector metadata from Scalekit's public docs, descriptions removed). We derive our own short descriptions,
 * JSON input schemas and a read-only flag once per process, so tools/list never recomputes them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogConnector, CatalogTool } from './types';

interface RawCatalog {
  connectors: {
    slug: string;
    label: string;
    authType: string;
    categories: string[];
    tools: { name: string; params: { name: string; type: string; required: boolean }[] }[];
  }[];
}

// Any of these words makes a tool a write, whatever else its name says ("gmail_batch_delete_messages").
const WRITE_WORDS = new Set(
  (
    'create update delete send add remove set post patch put modify move archive unarchive trash untrash merge ' +
    'upload insert cancel close invite revoke assign unassign publish approve reject reply rank clear copy ' +
    'import run execute start stop enable disable mark upsert rename transfer kick join leave pin unpin star ' +
    'unstar watch unwatch complete edit open submit write change reset restore lock unlock follow unfollow ' +
    'share unshare subscribe unsubscribe schedule trigger dispatch rerun sync quick convert void refund charge'
  ).split(' '),
);
const READ_WORDS = new Set(
  'get list fetch search read find query retrieve count check describe export view lookup download info history'.split(
    ' ',
  ),
);

export function isReadOnlyTool(name: string, connector: string): boolean {
  const words = name.slice(connector.length + 1).split('_');
  if (words.some((w) => WRITE_WORDS.has(w))) return false;
  return words.some((w) => READ_WORDS.has(w));
}

export function isDestructiveTool(name: string): boolean {
  return /(^|_)(delete|remove|trash|clear|revoke|kick|void)(_|$)/.test(name);
}

function describe(name: string, connector: string, label: string, readOnly: boolean): string {
  const words = name
    .slice(connector.length + 1)
    .split('_')
    .filter(Boolean);
  const phrase = words.join(' ');
  const sentence = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return `${sentence} in ${label}${readOnly ? ' (read-only)' : ''}.`;
}

export interface Catalog {
  connectors: CatalogConnector[];
  connector(slug: string): CatalogConnector | undefined;
  tool(name: string): CatalogTool | undefined;
  toolCount: number;
}

let cached: Catalog | undefined;

export function loadCatalog(
  file = path.join(import.meta.dirname, '..', '..', 'data', 'connectors.json'),
): Catalog {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawCatalog;
  const bySlug = new Map<string, CatalogConnector>();
  const byTool = new Map<string, CatalogTool>();
  for (const c of raw.connectors) {
    const tools: CatalogTool[] = c.tools.map((t) => {
      const readOnly = isReadOnlyTool(t.name, c.slug);
      const properties: CatalogTool['inputSchema']['properties'] = {};
      for (const p of t.params) properties[p.name] = { type: p.type, description: `${p.name} (${p.type})` };
      return {
        name: t.name,
        connector: c.slug,
        description: describe(t.name, c.slug, c.label, readOnly),
        params: t.params,
        inputSchema: {
          type: 'object',
          properties,
          required: t.params.filter((p) => p.required).map((p) => p.name),
        },
        readOnly,
      };
    });
    const connector = { slug: c.slug, label: c.label, authType: c.authType, categories: c.categories, tools };
    bySlug.set(c.slug, connector);
    for (const t of tools) byTool.set(t.name, t);
  }
  cached = {
    connectors: [...bySlug.values()],
    connector: (slug) => bySlug.get(slug),
    tool: (name) => byTool.get(name),
    toolCount: byTool.size,
  };
  return cached;
}
