import { describe, expect, it } from 'vitest';
import {
  connectorMismatches,
  missingConnections,
  nameProblems,
  noConnections,
  preflight,
  tooManyConnections,
  unknownTools,
  type TargetFacts,
} from './problems';
import type { ConfigSpec } from './spec';

const target: TargetFacts = {
  connectors: new Map([
    ['gmail', 'gmail'],
    ['work-mail', 'outlook'],
  ]),
  catalogs: { gmail: ['gmail_fetch_mails', 'gmail_send_message'] },
};
const spec = (connections: ConfigSpec['connections'], name = 'ok-name', description = ''): ConfigSpec => ({
  name,
  description,
  connections,
});
const gmailOnly = spec({ gmail: { tools: ['gmail_fetch_mails'], connector: 'gmail' } });

describe('pre-flight problems, one check each', () => {
  it('a connection name missing in the target', () => {
    expect(
      missingConnections(spec({ gmail: { tools: 'all' }, 'my-gmail': { tools: 'all' } }), target),
    ).toEqual([expect.objectContaining({ code: 'missing_connection', connection: 'my-gmail' })]);
    expect(missingConnections(gmailOnly, target)).toEqual([]);
  });

  it('a connection backed by another connector', () => {
    const p = connectorMismatches(spec({ 'work-mail': { tools: 'all', connector: 'gmail' } }), target);
    expect(p).toEqual([expect.objectContaining({ code: 'connector_mismatch', connection: 'work-mail' })]);
    expect(p[0]!.message).toContain('backed by outlook in this environment, not gmail');
    // No connector in the file: nothing to compare.
    expect(connectorMismatches(spec({ 'work-mail': { tools: 'all' } }), target)).toEqual([]);
  });

  it("a chosen tool absent from the target's catalog", () => {
    const p = unknownTools(spec({ gmail: { tools: ['gmail_fetch_mails', 'gmail_teleport'] } }), target);
    expect(p).toEqual([
      expect.objectContaining({ code: 'unknown_tool', connection: 'gmail', tools: ['gmail_teleport'] }),
    ]);
    expect(unknownTools(spec({ gmail: { tools: 'all' } }), target)).toEqual([]);
    // A catalog that could not be loaded is a problem too: the tools cannot be checked.
    expect(unknownTools(spec({ 'work-mail': { tools: ['x'] } }), target)).toEqual([
      expect.objectContaining({ code: 'catalog_unavailable', connection: 'work-mail' }),
    ]);
  });

  it('more than 25 mappings', () => {
    const many = Object.fromEntries(
      Array.from({ length: 26 }, (_, i) => [`c${i}`, { tools: 'all' as const }]),
    );
    expect(tooManyConnections(spec(many))).toEqual([
      expect.objectContaining({ code: 'too_many_connections' }),
    ]);
    expect(tooManyConnections(spec(Object.fromEntries(Object.entries(many).slice(0, 25))))).toEqual([]);
  });

  it('a name (or description) that breaks the rules', () => {
    expect(nameProblems(spec({}, 'Email Bot'))).toEqual([
      expect.objectContaining({
        code: 'invalid_name',
        message: 'Name can use lowercase letters, digits, hyphens and underscores only',
      }),
    ]);
    expect(nameProblems(spec({}, 'ok', 'd'.repeat(2001)))).toEqual([
      expect.objectContaining({ code: 'invalid_description' }),
    ]);
    expect(nameProblems(gmailOnly)).toEqual([]);
  });

  it('a config that maps no connection', () => {
    expect(noConnections(spec({}))).toEqual([expect.objectContaining({ code: 'no_connections' })]);
    expect(noConnections(gmailOnly)).toEqual([]);
  });

  it('preflight names every problem of a config at once', () => {
    expect(
      preflight(spec({ nope: { tools: 'all' }, gmail: { tools: ['zzz'] } }, 'Bad'), target).map(
        (p) => p.code,
      ),
    ).toEqual(['invalid_name', 'missing_connection', 'unknown_tool']);
  });
});
