'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/** Changes some search params in place (no history entry, no scroll jump): view state that survives reloads. */
export function useSearchParamSetter() {
  const router = useRouter();
  const params = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      router.replace(`?${next}`, { scroll: false });
    },
    [params, router],
  );
  return { params, set };
}
