/**
 * The layering rules, checked on every run: dependencies point one way (pages -> features -> client -> HTTP),
 * code the browser runs never reaches server-only code, every route handler goes through `defineRoute`, and only
 * the request context chooses the Scalekit environment.
 */
import { describe, expect, it } from 'vitest';
import { findPath, loadGraph, walk } from './import-graph';

const files = loadGraph();
const lib = [...files.values()].filter((f) => f.file.startsWith('lib/'));

// Modules both the browser and the server import: schemas and pure rules. They must stay importable anywhere.
const SHARED = [...files.keys()].filter((f) =>
  /^lib\/.*\/(schema|is-ready|poll-policy|lifetimes|diff|normalize|labels|grid|rows|action-result|action-error)\.ts$/.test(
    f,
  ),
);

const reachesServerOnly = (f: { serverOnly: boolean }, spec: string) =>
  spec === 'server-only' || spec.startsWith('node:') || spec === 'next/headers';

describe('layers', () => {
  it('lib never imports from app/ or components/', () => {
    const upward = lib.flatMap((f) =>
      f.imports
        .filter((i) => i.resolved?.startsWith('app/') || i.resolved?.startsWith('components/'))
        .map((i) => `${f.file} -> ${i.spec}`),
    );
    expect(upward).toEqual([]);
  });

  it('app code never imports the emulator', () => {
    const bad = [...files.values()].flatMap((f) =>
      f.imports.filter((i) => i.resolved?.startsWith('emulator/')).map((i) => `${f.file} -> ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('shared schemas and pure rules import nothing server-only', () => {
    expect(SHARED.length).toBeGreaterThan(8);
    const bad = SHARED.map((f) => findPath(files, f, reachesServerOnly)).filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('client components never reach server-only code at run time', () => {
    const clients = [...files.values()].filter((f) => f.useClient).map((f) => f.file);
    expect(clients.length).toBeGreaterThan(10);
    const bad = clients
      .map((f) => findPath(files, f, (_src, spec) => spec === 'server-only' || spec.startsWith('node:')))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('code the browser runs never loads classic zod or sonner up front (the 150 kB first-load budget)', () => {
    // zod is ~31 kB gzipped (zod/mini ~16 kB): rules the browser runs are zod-free (lib/configs/draft-rules.ts)
    // and schemas stay server-side. sonner (~10 kB) is imported dynamically by components/ui/toast.tsx.
    // Type-only imports and 'use server' modules don't count.
    const clients = [...files.values()].filter((f) => f.useClient).map((f) => f.file);
    const bad = clients
      .map((f) => findPath(files, f, (_src, spec) => spec.startsWith('zod') || spec === 'sonner'))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('pages and layouts never load React Query up front: it comes with a live panel, after the first load', () => {
    // Next.js with React is ~142 kB gzipped with the shell and TanStack Query ~11 kB: a page that imported it
    // statically could not meet the 150 kB budget. Panels that poll go through components/ui/live-panel.tsx.
    const entries = [...files.keys()].filter((f) => /^app\/.*\/?(page|layout|template)\.tsx$/.test(f));
    expect(entries.length).toBeGreaterThan(15);
    const bad = entries
      .map((f) => findPath(files, f, (_src, spec) => spec.startsWith('@tanstack/')))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('every route handler is wrapped by defineRoute', () => {
    const routes = walk('app').filter((f) => /\/route\.ts$/.test(f));
    expect(routes.length).toBeGreaterThan(8);
    const bare = routes.filter((f) => {
      if (f === 'app/api/auth/[...nextauth]/route.ts') return false; // Auth.js's own handlers
      const text = files.get(f)!.text;
      const handlers = [
        ...text.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b[^\n]*/g),
      ];
      return handlers.length === 0 || handlers.some((h) => !/=\s*defineRoute\(/.test(h[0]));
    });
    expect(bare).toEqual([]);
  });

  it('only the request context picks the Scalekit environment', () => {
    const pickers = [...files.values()]
      .filter((f) => f.imports.some((i) => i.resolved === 'lib/scalekit/registry.ts'))
      .map((f) => f.file);
    expect(pickers).toEqual(['lib/request/context.ts']);
  });

  it('nothing keeps process-wide state about Scalekit outside the client registry', () => {
    const globals = lib
      .filter((f) => /globalThis/.test(f.text))
      .map((f) => f.file)
      .sort();
    // The registry (one client per environment), the database handle and the database's event bus (LISTEN
    // connection) are the only process-wide singletons; none of them holds Scalekit data. client-address.ts only
    // reads the flag scripts/peer-address.mjs sets when it runs in the process.
    expect(globals).toEqual([
      'lib/db/client.ts',
      'lib/events/bus.ts',
      'lib/scalekit/registry.ts',
      'lib/security/client-address.ts',
    ]);
  });
});
