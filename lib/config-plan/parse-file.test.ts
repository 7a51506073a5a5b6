import { describe, expect, it } from 'vitest';
import { parseConfigFile } from './parse-file';

const errorsOf = (text: string) => {
  const r = parseConfigFile(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('a valid file', () => {
  it('gives sorted specs, YAML or JSON', () => {
    const yaml = parseConfigFile(`version: 1
configs:
  mail-bot:
    description: Reads mail
    connections:
      gmail:
        connector: GMAIL
        tools: [gmail_send_message, gmail_fetch_mails]
      slack:
        tools: all
`);
    expect(yaml).toMatchObject({ ok: true, format: 'yaml', prune: false });
    if (!yaml.ok) return;
    expect(yaml.specs).toEqual([
      {
        name: 'mail-bot',
        description: 'Reads mail',
        connections: {
          gmail: { connector: 'gmail', tools: ['gmail_fetch_mails', 'gmail_send_message'] },
          slack: { tools: 'all' },
        },
      },
    ]);
    const json = parseConfigFile(
      '{"version": 1, "prune": true, "configs": {"a": {"connections": {"x": {"tools": "all"}}}}}',
    );
    expect(json).toMatchObject({ ok: true, format: 'json', prune: true });
  });
});

describe('each invalid-file error names its line and field', () => {
  it.each([
    ['YAML syntax', 'version: 1\nconfigs: [\n', { line: 3, path: '', message: /Not valid YAML or JSON/ }],
    [
      'JSON syntax',
      '{"version": 1,\n "configs": {\n}}}',
      { line: 3, path: '', message: /Not valid YAML or JSON/ },
    ],
    [
      'a key twice',
      'version: 1\nconfigs:\n  a:\n    connections: {}\n  a:\n    connections: {}\n',
      { line: 5, message: /appears twice/ },
    ],
    ['two documents', 'version: 1\nconfigs: {}\n---\nversion: 1\n', { line: 3, message: /one document/ }],
    ['empty file', '  \n', { line: 1, message: /empty/ }],
    ['version missing', 'configs: {}\n', { line: 1, path: 'version', message: '`version` is missing' }],
    [
      'wrong version',
      'version: 2\nconfigs: {}\n',
      { line: 1, path: 'version', message: 'version must be 1' },
    ],
    [
      'unknown top-level field',
      'version: 1\nconfig: {}\nconfigs: {}\n',
      { line: 2, path: 'config', message: /Unknown field `config`/ },
    ],
    [
      'config name breaks the rules',
      'version: 1\nconfigs:\n  Mail Bot:\n    connections: {}\n',
      { line: 3, path: 'configs.Mail Bot', message: /lowercase letters/ },
    ],
    [
      'connections missing',
      'version: 1\nconfigs:\n  a:\n    description: x\n',
      { line: 4, path: 'configs.a.connections', message: '`connections` is missing' },
    ],
    [
      'old "mappings" field',
      'version: 1\nconfigs:\n  a:\n    connections: {}\n    mappings: []\n',
      { line: 5, path: 'configs.a.mappings', message: /write `connections`/ },
    ],
    [
      'tools missing',
      'version: 1\nconfigs:\n  a:\n    connections:\n      gmail:\n        connector: gmail\n',
      { line: 6, path: 'configs.a.connections.gmail.tools', message: '`tools` is missing' },
    ],
    [
      'tools neither all nor a list',
      'version: 1\nconfigs:\n  a:\n    connections:\n      gmail:\n        tools: some\n',
      { line: 6, path: 'configs.a.connections.gmail.tools', message: /`all` or a list/ },
    ],
    [
      'an empty tools list',
      'version: 1\nconfigs:\n  a:\n    connections:\n      gmail:\n        tools: []\n',
      { line: 6, path: 'configs.a.connections.gmail.tools', message: /at least one tool/ },
    ],
    [
      'an empty tool name',
      'version: 1\nconfigs:\n  a:\n    connections:\n      gmail:\n        tools:\n          - ok\n          - ""\n',
      { line: 8, path: 'configs.a.connections.gmail.tools[1]', message: /cannot be empty/ },
    ],
    [
      'a bad connection name',
      'version: 1\nconfigs:\n  a:\n    connections:\n      "my gmail":\n        tools: all\n',
      { line: 5, path: 'configs.a.connections.my gmail', message: /connection name has only/ },
    ],
    [
      'description too long',
      `version: 1\nconfigs:\n  a:\n    description: ${'d'.repeat(2001)}\n    connections: {}\n`,
      { line: 4, path: 'configs.a.description', message: /at most 2000/ },
    ],
    [
      'more than 25 connections',
      `version: 1\nconfigs:\n  a:\n    connections:\n${Array.from({ length: 26 }, (_, i) => `      c${i}: { tools: all }\n`).join('')}`,
      { line: 5, path: 'configs.a.connections', message: /at most 25/ },
    ],
    [
      'prune not a boolean',
      'version: 1\nprune: yes\nconfigs: {}\n',
      { line: 2, path: 'prune', message: 'prune must be true or false' },
    ],
  ])('%s', (_what, text, expected) => {
    const [first] = errorsOf(text);
    expect(first).toMatchObject({ ...expected, message: expect.anything() });
    if (expected.message instanceof RegExp) expect(first!.message).toMatch(expected.message);
    else expect(first!.message).toBe(expected.message);
  });

  it('reports every error of a file at once, in line order', () => {
    const errors = errorsOf(
      'version: 1\nconfigs:\n  a:\n    connections:\n      g: { tools: [] }\n  b:\n    connections:\n      g: { tools: 3 }\n',
    );
    expect(errors.map((e) => e.line)).toEqual([5, 8]);
  });

  it('refuses a file that expands through aliases', () => {
    const bomb = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    expect(parseConfigFile(`${bomb.join('\n')}\nconfigs: {}\n`).ok).toBe(false);
  });
});
