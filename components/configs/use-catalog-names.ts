'use client';

import { useQueries } from '@tanstack/react-query';
import type { CatalogNames } from '@/lib/configs/diff';
import { catalogQuery } from './queries';

/**
 * The catalogs of the given connections, loaded in parallel and shared with the tool pickers' cache.
 * `pending` is true until every catalog has loaded or failed (a failed one stays out of `names`).
 */
export function useCatalogNames(connections: string[], enabled = true) {
  return useQueries({
    queries: connections.map((c) => ({ ...catalogQuery(c), enabled })),
    combine: (results) => {
      const names: CatalogNames = {};
      results.forEach((r, i) => {
        if (r.data) names[connections[i]!] = r.data.map((t) => t.name);
      });
      return { names, pending: results.some((r) => r.isPending && r.fetchStatus !== 'idle') };
    },
  });
}
