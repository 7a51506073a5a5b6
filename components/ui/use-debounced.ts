'use client';

import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `ms`: keeps autocomplete from calling upstream per keystroke. */
export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}
