/**
 * `npm start` rebuilds only when a source file is newer than the last build: a cheap mtime walk of the
 * folders that feed the Next.js bundle.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'types'];
const SOURCE_FILES = [
  'next.config.mjs',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'package.json',
  'proxy.ts',
];

function walk(dir: string, newest: number): number {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = walk(full, newest);
    else if (e.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function newestSourceMtime(root: string): number {
  let newest = 0;
  for (const d of SOURCE_DIRS) newest = walk(path.join(root, d), newest);
  for (const f of SOURCE_FILES) {
    try {
      newest = Math.max(newest, statSync(path.join(root, f)).mtimeMs);
    } catch {
      // optional file
    }
  }
  return newest;
}
