import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/request/field-errors';
import { draftFieldErrors } from './draft-rules';
import { createConfigInput } from './schema';

const gmail = { connectionName: 'gmail', allTools: false, tools: ['gmail_send'] };
const CASES = {
  valid: { name: 'ops-bot', description: 'x', mappings: [gmail] },
  'bad name': { name: 'Ops Bot!', description: '', mappings: [gmail] },
  'empty name': { name: '   ', description: '', mappings: [gmail] },
  'long description': { name: 'a', description: 'd'.repeat(2001), mappings: [gmail] },
  'duplicate connection': { name: 'a', description: '', mappings: [gmail, gmail] },
  'no tools chosen': { name: 'a', description: '', mappings: [{ ...gmail, tools: [] }] },
  'no connection chosen': { name: 'a', description: '', mappings: [{ ...gmail, connectionName: '' }] },
  'too many connections': {
    name: 'a',
    description: '',
    mappings: Array.from({ length: 26 }, (_, i) => ({ ...gmail, connectionName: `c${i}` })),
  },
};

describe('config draft rules', () => {
  // The editor shows draftFieldErrors as you type; the save action parses with the zod schema. Same messages,
  // same fields, or a person would see one thing in the form and another from the server.
  it.each(Object.entries(CASES))('the browser and the server agree: %s', (_name, draft) => {
    const browser = draftFieldErrors(draft);
    const parsed = createConfigInput.safeParse(draft);
    const server = parsed.success ? {} : fieldErrorsOf(parsed.error);
    expect(browser).toEqual(server);
    expect(Object.keys(browser).length > 0).toBe(_name !== 'valid');
  });

  it('names the field of each problem', () => {
    expect(draftFieldErrors(CASES['duplicate connection'])).toEqual({
      'mappings.1.connectionName': ['gmail is added twice'],
    });
    expect(draftFieldErrors(CASES['no tools chosen'])).toEqual({
      'mappings.0.tools': ['Choose at least one gmail tool, or "all tools"'],
    });
  });
});
