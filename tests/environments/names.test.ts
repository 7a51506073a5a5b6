/** Environment names: plain path segments that never shadow one of the console's own top-level addresses. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  environmentNameProblem,
  environmentVariablePrefix,
  RESERVED_ENVIRONMENT_NAMES,
} from '@/lib/environment-names';
import { ENVIRONMENT_SECTIONS } from '@/lib/environments/paths';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The first URL segments app/ serves: folders, through route groups `(x)`, except dynamic ones `[x]`. */
function topLevelSegments(dir = path.join(ROOT, 'app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory() || e.name.startsWith('[') || e.name.startsWith('_')) return [];
    if (e.name.startsWith('(')) return topLevelSegments(path.join(dir, e.name));
    return [e.name];
  });
}

describe('environment names', () => {
  it('accepts lower-case letters, digits and hyphens, starting with a letter, up to 40', () => {
    for (const ok of ['development', 'production', 'eu-staging', 'qa2', 'a', 'x'.repeat(40)]) {
      expect(environmentNameProblem(ok), ok).toBeNull();
    }
    for (const bad of ['', 'Prod', '2fa', '-dev', 'dev_1', 'dev env', 'x'.repeat(41), 'café', '../x']) {
      expect(environmentNameProblem(bad), bad).toMatch(/is not a valid environment name/);
    }
  });

  it('reserves every top-level address the console serves, and the old ones that now redirect', () => {
    const segments = [...topLevelSegments(), ...ENVIRONMENT_SECTIONS];
    expect(segments).toEqual(
      expect.arrayContaining(['api', 'audit', 'connect', 'sign-in', 'configs', 'users']),
    );
    expect(segments.filter((s) => !RESERVED_ENVIRONMENT_NAMES.includes(s))).toEqual([]);
    for (const s of segments) expect(environmentNameProblem(s)).toMatch(/is reserved/);
  });

  it('reserves the planned deployment-wide pages too', () => {
    for (const s of ['compare', 'audit', 'access', 'settings', 'sign-in', 'api']) {
      expect(environmentNameProblem(s)).toBe(
        `"${s}" is reserved (the console has its own page at /${s}); choose another name`,
      );
    }
  });

  it('maps a name to its variables: upper-cased, hyphens as underscores', () => {
    expect(environmentVariablePrefix('eu-staging')).toBe('SCALEKIT_EU_STAGING_');
    expect(environmentVariablePrefix('production')).toBe('SCALEKIT_PRODUCTION_');
  });
});
