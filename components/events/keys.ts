import type { Query, QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/events/sse-message';

export const eventKeys = {
  timeline: (identifier: string) => ['user-events', identifier] as const,
  recentProblems: ['recent-problems'] as const,
};

/**
 * Everything on screen that may show the user a pushed event names: their accounts, their timeline, their
 * readiness (the grid pages and the per-config panel), the recent-problems list. Refetched through the usual
 * queries, so the push carries no data and no permission of its own.
 */
export function invalidateForEvent(qc: QueryClient, msg: LiveMessage) {
  const about = (q: Query) => {
    const k = q.queryKey;
    if (k[0] === 'user-accounts' || k[0] === 'user-events') return k[1] === msg.identifier;
    if (k[0] === 'readiness') return k[2] === msg.identifier;
    return k[0] === 'readiness-grid' || k[0] === 'recent-problems';
  };
  return qc.invalidateQueries({ predicate: about });
}
