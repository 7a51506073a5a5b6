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
  });
});
