/**
 * A small static import graph of the app's own code (lib, components, app), read as text: enough to check the
 * layering rules without running anything. Type-only imports are kept apart: they vanish at build time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SourceFile {
  file: string; // relative to ROOT, with forward slashes
  text: string;
  imports: { spec: string; resolved: string | null; typeOnly: boolean }[];
  serverOnly: boolean;
  useClient: boolean;
  useServer: boolean; // a server-action module: the browser gets RPC stubs, never its code
}

const EXTS = ['.ts', '.tsx', '.mjs', '.js'];

export function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return walk(rel);
    return EXTS.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.join(path.posix.dirname(from), spec);
  else return null; // a package
  for (const candidate of [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => `${base}/index${e}`)]) {
    const abs = path.join(ROOT, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return base; // unresolved (the test for that file will say so)
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

export function readSource(file: string): SourceFile {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const imports = [...text.matchAll(IMPORT)].map((m) => ({
    spec: m[3]!,
    resolved: resolve(file, m[3]!),
    typeOnly: Boolean(m[2]),
  }));
  return {
    file,
    text,
    imports,
    serverOnly: /^import ['"]server-only['"];?$/m.test(text),
    useClient: /^['"]use client['"];?$/.test(text.trimStart().split('\n')[0] ?? ''),
    useServer: /^['"]use server['"];?$/.test(text.trimStart().split('\n')[0] ?? ''),
  };
}

export function loadGraph(dirs = ['lib', 'components', 'app']) {
  const files = new Map<string, SourceFile>();
  for (const d of dirs) for (const f of walk(d)) files.set(f, readSource(f));
  return files;
}

/** The first chain of runtime imports from `start` to a file that `bad` flags, or null. */
export function findPath(
  files: Map<string, SourceFile>,
  start: string,
  bad: (f: SourceFile, spec: string) => boolean,
): string[] | null {
  const seen = new Set<string>();
  const stack: { file: string; trail: string[] }[] = [{ file: start, trail: [start] }];
  while (stack.length) {
    const { file, trail } = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = files.get(file) ?? (existsSync(path.join(ROOT, file)) ? readSource(file) : undefined);
    if (!src || (file !== start && src.useServer)) continue;
    for (const imp of src.imports) {
      if (imp.typeOnly) continue;
      if (bad(src, imp.spec)) return [...trail, imp.spec];
      if (imp.resolved) stack.push({ file: imp.resolved, trail: [...trail, imp.resolved] });
    }
    if (file !== start && src.serverOnly && bad(src, 'server-only')) return trail;
  }
  return null;
}

/** A file's feature folder: `lib/accounts`, `components/ui`, ... (files at the top of lib/ count as `lib`). */
const folderOf = (file: string) => {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
};

/**
 * Cycles between folders through run-time imports (type-only imports vanish at build time): each is listed as
 * its folders and, for each step, one import that makes it. Strongly connected components, by Tarjan's method.
 */
export function folderCycles(files: Map<string, SourceFile>): string[][] {
  const edges = new Map<string, Map<string, string>>();
  for (const f of files.values()) {
    for (const i of f.imports) {
      if (!i.resolved || i.typeOnly || !files.has(i.resolved)) continue;
      const [a, b] = [folderOf(f.file), folderOf(i.resolved)];
      if (a === b) continue;
      if (!edges.has(a)) edges.set(a, new Map());
      edges.get(a)!.set(b, `${f.file} -> ${i.resolved}`);
    }
  }
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) {
      const members = new Set(component);
      cycles.push(
        component.flatMap((a) =>
          [...(edges.get(a) ?? [])].filter(([b]) => members.has(b)).map(([, why]) => why),
        ),
      );
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
