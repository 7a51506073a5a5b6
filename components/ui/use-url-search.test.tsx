// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSearchParamSetter } from './use-search-param-setter';
import { useUrlSearch } from './use-url-search';

// Next's hook, following the address bar (which the setter writes through the history API).
vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams(window.location.search) }));
afterEach(() => vi.useRealTimers());

const url = () => Object.fromEntries(new URLSearchParams(window.location.search));

describe('useUrlSearch', () => {
  it('goes back to page 1 as you type, and a click on Next right after typing sticks', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/users/readiness?filter=all&page=3');
    const { result, rerender } = renderHook(() => {
      const setter = useSearchParamSetter();
      return { setter, search: useUrlSearch(setter) };
    });
    act(() => result.current.search.type('car'));
    expect(url()).toEqual({ filter: 'all' });
    rerender();
    act(() => result.current.setter.set({ page: '2' })); // Next, before the search has joined the URL
    act(() => vi.advanceTimersByTime(300));
    rerender();
    expect(url()).toEqual({ filter: 'all', page: '2', q: 'car' });
    expect(result.current.search.q).toBe('car');
  });
});
