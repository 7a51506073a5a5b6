/**
 * The layering rules, checked on every run: dependencies point one way (pages -> features -> client -> HTTP),
 * code the browser runs never reaches server-only code, every route handler goes through `defineRoute`, and only
 * the request context chooses the Scalekit environment.
 */
import { describe, expect, it } from 'vitest';
import { findPath, folderCycles, loadGraph, walk } from './import-graph';

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

  it('code the browser runs never loads zod: rules it runs are zod-free, schemas stay on the server', () => {
    // zod is ~31 kB gzipped (zod/mini ~16 kB), parsed and run before a page responds: rules the browser runs are
    // zod-free (lib/configs/draft-rules.ts) and schemas stay server-side. Type-only imports and 'use server'
    // modules don't count.
    const clients = [...files.values()].filter((f) => f.useClient).map((f) => f.file);
    const bad = clients
      .map((f) => findPath(files, f, (_src, spec) => spec.startsWith('zod')))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('no two folders of lib/ or components/ import each other, directly or round a loop', () => {
    expect(folderCycles(loadGraph(['lib', 'components']))).toEqual([]);
  });

  it('finds a folder cycle when there is one', () => {
    // The check above must be able to fail: two folders that import each other.
    const graph = loadGraph(['lib/readiness', 'lib/configs']);
    graph.get('lib/readiness/is-ready.ts')!.imports.push({
      spec: '@/lib/configs/schema',
      resolved: 'lib/configs/schema.ts',
      typeOnly: false,
    });
    expect(folderCycles(graph)).toEqual([
      expect.arrayContaining(['lib/readiness/is-ready.ts -> lib/configs/schema.ts']),
    ]);
  });

  it('writes each wire field rule once: every schema takes identifiers and the like from lib/wire/fields.ts', () => {
    // A schema that spells out its own identifier, connection name, config id or account id rule drifts from
    // the others (the identifier allowed 1,000 characters in one place and control characters in another).
    const own =
      /\b(identifier|connectionName|connection_name|configId|config_id|accountId)\s*:\s*z\s*\.(?!object)/;
    const bad = [...files.values()]
      .filter((f) => f.file !== 'lib/wire/fields.ts' && own.test(f.text))
      .map((f) => f.file);
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

  it('only the environments module turns an environment into its client', () => {
    // lib/environments is where an environment's name becomes its client (scalekitOf); features get theirs from
    // the request context, or from there when they span environments (compare, health, promotion).
    const pickers = [...files.values()]
      .filter((f) => f.imports.some((i) => i.resolved === 'lib/scalekit/registry.ts'))
      .map((f) => f.file)
      .sort();
    expect(pickers).toEqual(['lib/environments/index.ts']);
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
