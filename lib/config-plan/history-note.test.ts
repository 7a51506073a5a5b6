import { describe, expect, it } from 'vitest';
import { historyNote } from './history-note';

describe('history notes of planned writes', () => {
  it('name the file and its digest, or the promotion', () => {
    expect(
      historyNote(
        { kind: 'file', fileName: 'team.yaml', fileDigest: 'a1b2c3d4e5f6a7b8c9' },
        { email: 'x@y' },
      ),
    ).toBe('applied from file team.yaml (a1b2c3d4e5f6)');
    expect(
      historyNote(
        { kind: 'promotion', fromEnvironment: 'development', version: 7 },
        { email: 'alice@example.com' },
      ),
    ).toBe('promoted from development, version 7, by alice@example.com');
    // A release names each config's own source version.
    const release = {
      kind: 'promotion' as const,
      fromEnvironment: 'development',
      version: 9,
      versions: { a: 3, b: 9 },
    };
    expect(historyNote(release, { email: 'x@y' }, 'a')).toBe('promoted from development, version 3, by x@y');
    expect(historyNote(release, { email: 'x@y' }, 'b')).toBe('promoted from development, version 9, by x@y');
  });
});
