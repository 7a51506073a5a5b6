import { describe, expect, it } from 'vitest';
import { diffConfigs, reapply } from './diff';
import { hashSnapshot, snapshotOf } from './normalize';
import { configDraftSchema, createConfigInput } from './schema';

const draft = (mappings: [string, string[] | 'all'][], description = '') => ({
  description,
  mappings: mappings.map(([connectionName, t]) => ({
    connectionName,
    allTools: t === 'all',
    tools: t === 'all' ? [] : t,
  })),
});

describe('diffConfigs', () => {
  it('finds added and removed connections and tools, and switches to all tools', () => {
    const d = diffConfigs(
      draft(
        [
          ['gmail', ['a', 'b']],
          ['slack', ['s1']],
          ['notion', 'all'],
        ],
        'old',
      ),
      draft(
        [
          ['gmail', ['b', 'c']],
          ['github', 'all'],
          ['notion', ['n1']],
        ],
        'new',
      ),
    );
    expect(d.description).toEqual({ from: 'old', to: 'new' });
    expect(d.connectionsAdded).toEqual([{ connectionName: 'github', tools: 'all' }]);
    expect(d.connectionsRemoved).toEqual([{ connectionName: 'slack', tools: ['s1'] }]);
    expect(d.changed).toEqual([
      { connectionName: 'gmail', added: ['c'], removed: ['a'], allTools: null },
      { connectionName: 'notion', added: ['n1'], removed: [], allTools: { from: true, to: false } },
    ]);
    expect(d.empty).toBe(false);
    expect(d.removedWeight).toBe(1 + 1 + 50);
  });

  it('ignores order and duplicates', () => {
    expect(
      diffConfigs(
        draft([
          ['gmail', ['b', 'a']],
          ['slack', 'all'],
        ]),
        draft([
          ['slack', 'all'],
          ['gmail', ['a', 'b', 'a']],
        ]),
      ).empty,
    ).toBe(true);
  });
});

describe('conflict check', () => {
  it('gives equal configs the same hash and any change a new one', () => {
    const server = {
      description: 'x',
      mappings: [{ connectionName: 'gmail', connectionId: 'c', provider: 'GMAIL', tools: ['b', 'a'] }],
    };
    const h = hashSnapshot(snapshotOf(server));
    expect(hashSnapshot(draft([['gmail', ['a', 'b']]], 'x'))).toBe(h);
    expect(hashSnapshot(draft([['gmail', ['a']]], 'x'))).not.toBe(h);
    expect(hashSnapshot(draft([['gmail', ['a', 'b']]], 'y'))).not.toBe(h);
    expect(hashSnapshot(draft([['gmail', 'all']], 'x'))).not.toBe(h);
  });

  it('re-applies my edits on top of their version', () => {
    const base = draft(
      [
        ['gmail', ['a', 'b']],
        ['slack', ['s1']],
      ],
      'base',
    );
    const mine = draft(
      [
        ['gmail', ['a', 'b', 'c']],
        ['slack', ['s1']],
        ['github', 'all'],
      ],
      'base',
    );
    const theirs = draft(
      [
        ['gmail', ['b']],
        ['slack', ['s1', 's2']],
      ],
      'theirs',
    );
    expect(reapply(base, mine, theirs)).toEqual(
      draft(
        [
          ['github', 'all'],
          ['gmail', ['b', 'c']],
          ['slack', ['s1', 's2']],
        ],
        'theirs',
      ),
    );
  });
});

describe('validation messages the admin sees', () => {
  const msg = (
    input: unknown,
    schema: { safeParse: (x: unknown) => { error?: { issues: { message: string }[] } } } = createConfigInput,
  ) => schema.safeParse(input).error?.issues.map((i) => i.message);
  const ok = {
    name: 'email-bot',
    description: '',
    mappings: [{ connectionName: 'gmail', allTools: true, tools: [] }],
  };
  it.each([
    [{ ...ok, name: 'Email Bot' }, 'Name can use lowercase letters, digits, hyphens and underscores only'],
    [{ ...ok, name: '' }, 'Give the config a name'],
    [{ ...ok, name: 'x'.repeat(101) }, 'Names are at most 100 characters'],
    [{ ...ok, description: 'd'.repeat(2001) }, 'Descriptions are at most 2000 characters'],
    [{ ...ok, mappings: [ok.mappings[0], ok.mappings[0]] }, 'gmail is added twice'],
    [
      { ...ok, mappings: [{ connectionName: 'gmail', allTools: false, tools: [] }] },
      'Choose at least one gmail tool, or "all tools"',
    ],
    [
      {
        ...ok,
        mappings: Array.from({ length: 26 }, (_, i) => ({
          connectionName: `c${i}`,
          allTools: true,
          tools: [],
        })),
      },
      'A config can map at most 25 connections',
    ],
  ])('%#: %s', (input, message) => {
    expect(msg(input)).toContain(message);
  });
  it('accepts a valid config', () => {
    expect(createConfigInput.safeParse(ok).success).toBe(true);
    expect(configDraftSchema.safeParse({ description: '', mappings: [] }).success).toBe(true);
  });
});
