// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSearchParamSetter } from './use-search-param-setter';

// Next keeps useSearchParams in step after the change lands; until then a render holds the params it had.
vi.mock('next/navigation', () => ({
  useSearchParams: () => new URLSearchParams('filter=expired'),
}));

describe('useSearchParamSetter', () => {
  it('applies each change to the address bar as it is, so quick successive changes all stick', () => {
    window.history.replaceState(null, '', '/users/readiness?filter=expired&q=car');
    const { result } = renderHook(() => useSearchParamSetter());
    act(() => {
      result.current.set({ page: '2' }); // a click on Next
      result.current.set({ q: null }); // the debounced search catching up, in the same tick
    });
    expect(window.location.pathname).toBe('/users/readiness');
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      filter: 'expired',
      page: '2',
    });
  });
});
