'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/**
 * Changes some search params in place (no history entry, no scroll jump): view state that survives reloads.
 *
 * Through the history API, which Next keeps `useSearchParams` in step with, not `router.replace`: these params
 * are read in the browser only, and a router navigation would have the server render the page again (with its
 * upstream calls) for every filter click. The change is applied to the address bar as it is now, not to the
 * params of the last render, so two changes in quick succession (a click on Next, then a debounced search
 * catching up) cannot undo each other.
 */
export function useSearchParamSetter() {
  const params = useSearchParams();
  const set = useCallback((changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    const qs = next.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${qs ? `?${qs}` : ''}`);
  }, []);
  return { params, set };
}
