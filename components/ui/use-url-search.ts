'use client';

import { useEffect, useState } from 'react';
import { useDebounced } from './use-debounced';
import type { useSearchParamSetter } from './use-search-param-setter';

/**
 * A search box kept in the URL (`q`), so a reload or a shared link shows the same view. Typing goes back to
 * page 1 at once; the text joins the URL once typing pauses, and only then is it the query (`q`). The page is
 * not reset again at that moment: a click on Next just after typing must stick.
 */
export function useUrlSearch(url: ReturnType<typeof useSearchParamSetter>) {
  const { params, set } = url;
  const urlQ = params.get('q') ?? '';
  const [text, setText] = useState(urlQ);
  const q = useDebounced(text.trim(), 300);
  useEffect(() => {
    if (q !== urlQ) set({ q: q || null });
  }, [q, urlQ, set]);
  const type = (value: string) => {
    setText(value);
    if (params.get('page')) set({ page: null });
  };
  return { text, type, q };
}
