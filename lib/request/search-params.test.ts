import { describe, expect, it } from 'vitest';
import { singleValues } from './search-params';

describe('singleValues', () => {
  it('keeps the first string of each own key and drops everything else', () => {
    expect(
      singleValues({
        q: ['a', 'b'],
        page: '2',
        constructor: [Object, '1'],
        n: undefined,
        f: () => 1,
        nul: 'a\u0000b',
      }),
    ).toEqual({ q: 'a', page: '2', constructor: '1' });
  });
});
