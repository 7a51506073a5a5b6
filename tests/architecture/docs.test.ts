/** The architecture page names only files and folders that exist: a renamed module must update the map. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './import-graph';

const TOP = ['app/', 'components/', 'lib/', 'emulator/', 'e2e/', 'tests/', 'bench/', 'scripts/', 'docs/'];

/**
 * Backticked repo paths (`lib/x.ts`, `components/ui/`). Templates with <...>, URL paths and bare file names
 * (`page.tsx`, a kind of file rather than one file) are not checked.
 */
export function mentionedPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, code] of markdown.matchAll(/`([^`\n]+)`/g)) {
    const p = code!.trim();
    if (p.includes('<') || p.includes(' ') || p.includes('*')) continue;
    if (TOP.some((t) => p.startsWith(t))) paths.add(p);
  }
  return [...paths];
}

describe.each(['docs/ARCHITECTURE.md', 'docs/STYLE.md'])('%s', (doc) => {
  const text = readFileSync(path.join(ROOT, doc), 'utf8');

  it('names only paths that exist', () => {
    const mentioned = mentionedPaths(text);
    expect(mentioned.length).toBeGreaterThan(doc.endsWith('ARCHITECTURE.md') ? 30 : 5);
    expect(mentioned.filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('links only to files that exist', () => {
    const links = [...text.matchAll(/\]\(([^)#\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((l) => !/^https?:/.test(l));
    expect(links.filter((l) => !existsSync(path.join(ROOT, path.dirname(doc), l)))).toEqual([]);
  });
});
