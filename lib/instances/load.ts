import 'server-only';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import { loadUserAccounts, SHARED_READ_MS } from '@/lib/accounts/user-accounts';
import type { ScalekitClient } from '@/lib/scalekit';
import { collectPages } from '@/lib/scalekit/paging';
import type { McpInstance } from '@/lib/scalekit/types';
import { isReady } from '@/lib/readiness/is-ready';
import { instanceStatuses, type ConfigInstanceRow, type InstanceView } from './schema';
import { toInstanceView } from './view';

/**
 * A user's instances, shared by everyone looking at that user (one upstream list per interval however many
 * tabs load the page). Not polled: an instance's live state is built from the user's accounts, which the
 * account polling already fetches (`isReady` over `instanceStatuses`), so watching an instance costs no extra upstream call.
 */
const byUser = (sk: ScalekitClient) =>
  sk.scoped('instances.by-user', () =>
    createCoalescingCache<McpInstance[]>({ ttlMs: SHARED_READ_MS, max: 5000 }),
  );

const MAX_PAGES = 10; // 300 instances for one user is far beyond any real use

export async function loadUserInstances(sk: ScalekitClient, identifier: string): Promise<InstanceView[]> {
  const { value } = await byUser(sk).get(identifier, () =>
    collectPages(
      (pageToken) => sk.instances.list({ filter: { userIdentifier: identifier }, pageSize: 30, pageToken }),
      MAX_PAGES,
    ),
  );
  return value.map(toInstanceView);
}

/** After ensure or delete: the next read goes upstream. */
export function invalidateUserInstances(sk: ScalekitClient, identifier: string) {
  byUser(sk).invalidate(identifier);
}

/**
 * One page of a config's instances for the config page, each with ready-or-not from its user's accounts
 * (the shared per-user cache, so a user someone is already watching costs nothing more).
 */
export async function listConfigInstances(
  sk: ScalekitClient,
  o: { configName: string; search?: string; pageSize: number; pageToken?: string },
) {
  const page = await sk.instances.list({
    filter: { configName: o.configName },
    search: o.search,
    pageSize: o.pageSize,
    pageToken: o.pageToken,
  });
  const items: ConfigInstanceRow[] = await Promise.all(
    page.items.map(async (i) => {
      const accounts = (await loadUserAccounts(sk, i.userIdentifier)).value;
      return { ...toInstanceView(i), ready: isReady(instanceStatuses(i.config?.mappings ?? [], accounts)) };
    }),
  );
  return { items, nextPageToken: page.nextPageToken, totalSize: page.totalSize };
}
