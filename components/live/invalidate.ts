import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { userKeys } from '@/components/accounts/queries';
import { connectKeys } from '@/components/connect-links/queries';
import { connectionKeys } from '@/components/connections/queries';
import { eventKeys } from '@/components/events/queries';
import { readinessKeys } from '@/components/readiness/queries';
import type { LiveMessage } from '@/lib/events/sse-message';

/**
 * The invalidation map: everything on screen that may show the user a pushed event names, as key prefixes from
 * each feature's factory. Their accounts and timeline, their readiness per config, every readiness grid and
 * connection users page (they count statuses), and the connect page (its stream names only its own user).
 * Refetched through the usual queries, so a push carries no data and no permission of its own.
 */
export const keysAbout = (msg: LiveMessage): QueryKey[] => [
  userKeys.accounts(msg.identifier),
  eventKeys.timelinesOf(msg.identifier),
  readinessKeys.ofUser(msg.identifier),
  readinessKeys.grids(),
  connectionKeys.all,
  connectKeys.all,
];

export function invalidateForEvent(qc: QueryClient, msg: LiveMessage) {
  return Promise.all(keysAbout(msg).map((queryKey) => qc.invalidateQueries({ queryKey })));
}
