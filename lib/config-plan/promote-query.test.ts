import { describe, expect, it } from 'vitest';
import { MAX_RELEASE, promoteQuery } from './promote';

describe("the promote page's address", () => {
  it('takes configs comma-separated or repeated (a release from the list), de-duplicated, in order', () => {
    expect(promoteQuery.parse({ configs: 'a, b,a', to: 'production' })).toEqual({
      configs: ['a', 'b'],
      to: 'production',
    });
    expect(promoteQuery.parse({ configs: ['b', 'a,c'] })).toEqual({ configs: ['b', 'a', 'c'] });
    expect(promoteQuery.parse({})).toEqual({ configs: [] });
  });

  it('refuses what it cannot mean, with a message a person can read', () => {
    const issue = (raw: unknown) => promoteQuery.safeParse(raw).error?.issues[0]?.message;
    const many = Array.from({ length: MAX_RELEASE + 1 }, (_, i) => `c${i}`).join(',');
    expect(issue({ configs: many })).toBe(`Promote at most ${MAX_RELEASE} configs at once`);
    expect(issue({ configs: 'a\u0000b' })).toBe('A config name cannot contain control characters');
    expect(issue({ configs: 'a', to: 'Prod uction' })).toMatch(/environment name/);
  });
});
