/**
 * Every server action of the console: each export of the 'use server' modules under lib/, found on disk, so an
 * action added later is covered by the permission tests without anyone listing it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Permission } from '@/lib/auth/roles';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export type ServerAction = ((input: unknown) => Promise<{ ok: boolean; error?: string }>) & {
  actionName: string;
  permission: Permission;
  scope: 'environment' | 'deployment';
};

function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    if (statSync(full).isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(f) &&
      !f.endsWith('.test.ts') &&
      readFileSync(full, 'utf8').startsWith("'use server'")
      ? [full]
      : [];
  });
}

/** Imports every action module; call after the console's environment is set up. */
export async function loadServerActions(): Promise<{ file: string; exportName: string; fn: ServerAction }[]> {
  const actions: { file: string; exportName: string; fn: ServerAction }[] = [];
  for (const file of actionFiles(path.join(ROOT, 'lib'))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [exportName, fn] of Object.entries(mod)) {
      if (typeof fn === 'function')
        actions.push({ file: path.relative(ROOT, file), exportName, fn: fn as ServerAction });
    }
  }
  return actions;
}

/** Every route handler file under a folder of app/ (e.g. `api/environments/[env]`), with its URL segments. */
export function routeFiles(under: string): { file: string; segments: string[] }[] {
  const base = path.join(ROOT, 'app', under);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const full = path.join(dir, f);
      return statSync(full).isDirectory() ? walk(full) : f === 'route.ts' ? [full] : [];
    });
  return walk(base).map((file) => ({
    file,
    segments: path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep),
  }));
}

/** Every page file under a folder of app/, with the permission its `pageContext` call asks for. */
export function pageFiles(under: string): { file: string; permission: Permission | null }[] {
  const base = path.join(ROOT, 'app', under);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const full = path.join(dir, f);
      return statSync(full).isDirectory() ? walk(full) : f === 'page.tsx' ? [full] : [];
    });
  return walk(base).map((file) => ({
    file,
    permission: (/pageContext\(\s*'([a-z:-]+)'/.exec(readFileSync(file, 'utf8'))?.[1] ??
      null) as Permission | null,
  }));
}

/** Plausible input for every action: what a crafted request would send, so only the permission check refuses. */
export const PLAUSIBLE_INPUT = {
  configId: 'cfg_1',
  identifier: 'alice@example.com',
  connectionName: 'gmail',
  expirySeconds: 600,
  accessLevel: 'FULL',
  toolName: 'x',
  arguments: {},
};
