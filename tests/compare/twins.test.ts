/** A config's twins in the other environments: same, differs, missing (with what it lacks) or unknown. */
import { describe, expect, it } from 'vitest';
import { twinsOf } from '@/lib/compare/twins';
import { cfg, conn, down, env } from './fixtures';

const config = cfg('mail', { gmail: ['fetch', 'send'], notion: ['search'] }, 'Mail', 'cfg_here');
const here = { environment: 'development', production: false, config };

describe('twinsOf', () => {
  it('compares the twin of the same name in each other environment with this config', () => {
    const twins = twinsOf(here, [
      env(
        'staging',
        [cfg('mail', { notion: ['search'], gmail: ['send', 'fetch'] }, 'Mail', 'cfg_s')],
        [conn('gmail'), conn('notion')],
      ),
      env(
        'production',
        [cfg('mail', { gmail: ['fetch'] }, 'Mail', 'cfg_p'), cfg('other', {})],
        [conn('gmail')],
      ),
      env('qa', [cfg('other', {})], [conn('gmail')]),
      down('broken'),
    ]);
    expect(twins.map((t) => [t.environment, t.state, t.id ?? null])).toEqual([
      ['staging', 'same', 'cfg_s'],
      ['production', 'differs', 'cfg_p'],
      ['qa', 'missing', null],
      ['broken', 'unknown', null],
    ]);
    expect(twins[1]!.blockers).toEqual([{ connection: 'notion', problem: 'missing' }]);
    expect(twins[2]!.blockers).toEqual([{ connection: 'notion', problem: 'missing' }]);
    expect(twins[3]!.error).toBe('Scalekit is not answering; try again shortly');
    expect(twins[1]!.production).toBe(true);
  });

  it('has no twins when there is no other environment', () => {
    expect(twinsOf(here, [])).toEqual([]);
  });
});
