import { describe, expect, it } from 'vitest';
import { rankTools } from './tool-picker';

const tools = [
  { name: 'hubspot_threads_list', params: ['contact_id', 'limit'] },
  { name: 'hubspot_contact_get', params: ['id'] },
  { name: 'hubspot_deal_get', params: ['contact'] },
  { name: 'hubspot_contacts_list', params: [] },
];
const index = tools.map((t) => ({ name: t.name, params: t.params.join(' ') }));
const rank = (q: string, only?: Set<string>) =>
  rankTools(tools, index, q, only).map((r) => [r.tool.name, r.paramOnly]);

describe('rankTools', () => {
  it('puts name matches first, then rows that matched only on a parameter, flagged', () => {
    expect(rank('contact')).toEqual([
      ['hubspot_contact_get', false],
      ['hubspot_contacts_list', false],
      ['hubspot_threads_list', true],
      ['hubspot_deal_get', true],
    ]);
  });

  it('needs every word, in the name or a parameter', () => {
    expect(rank('threads contact')).toEqual([['hubspot_threads_list', true]]);
    expect(rank('list')).toEqual([
      ['hubspot_threads_list', false],
      ['hubspot_contacts_list', false],
    ]);
  });

  it('shows only the selected tools when asked, filter applied on top', () => {
    const only = new Set(['hubspot_deal_get', 'hubspot_contacts_list']);
    expect(rank('', only)).toEqual([
      ['hubspot_deal_get', false],
      ['hubspot_contacts_list', false],
    ]);
    expect(rank('contact', only)).toEqual([
      ['hubspot_contacts_list', false],
      ['hubspot_deal_get', true],
    ]);
  });
});
