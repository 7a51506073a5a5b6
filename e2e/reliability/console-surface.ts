/**
 * The console's addressable surface, read from the file system so a new page or route handler is swept by the
 * bad-input suite without anyone listing it: every `app/**\/page.tsx` and `app/**\/route.ts`, as a URL template
 * with its dynamic segments and (for routes) the HTTP methods it exports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Endpoint {
  kind: 'page' | 'route';
  /** e.g. ['api', 'users', '[identifier]', 'accounts']: route groups dropped, dynamic segments kept. */
  segments: string[];
  methods: string[];
  file: string;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name === 'page.tsx' || entry.name === 'route.ts') out.push(full);
  }
  return out;
}

function exportedMethods(source: string): string[] {
  return METHODS.filter((m) =>
    new RegExp(
      `export\\s+(const|async function|function)\\s+${m}\\b|export\\s+const\\s+\\{[^}]*\\b${m}\\b`,
    ).test(source),
  );
}

export function consoleSurface(root = process.cwd()): Endpoint[] {
  const app = path.join(root, 'app');
  return walk(app)
    .map((file) => {
      const rel = path.relative(app, file).split(path.sep);
      const kind = rel.at(-1) === 'page.tsx' ? ('page' as const) : ('route' as const);
      const segments = rel.slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
      const methods = kind === 'page' ? ['GET'] : exportedMethods(readFileSync(file, 'utf8'));
      return { kind, segments, methods, file: path.relative(root, file) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export const isDynamic = (segment: string) => /^\[.*\]$/.test(segment);

/**
 * Fills every dynamic segment with `value` (already URL-encoded as it should go on the wire), except the
 * environment, which is a real one (`environment`), so what lies behind it is reached and swept.
 */
export const fill = (e: Endpoint, value: (segment: string) => string, environment = 'development') =>
  '/' + e.segments.map((s) => (s === '[env]' ? environment : isDynamic(s) ? value(s) : s)).join('/');
