import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import type { ScalekitClient } from '@/lib/scalekit';
import {
  connectionUsers,
  connectionUsersCsv,
  USERS_PAGE_SIZE,
  type ConnectionsSnapshot,
  type StatusFilter,
  type UsersView,
} from './overview';
import { loadConnections } from './snapshot';

/** The shared snapshot, or a 404 when the environment has no such connection. */
export async function snapshotWith(sk: ScalekitClient, name: string) {
  const snap = await loadConnections(sk);
  if (!snap.connections.some((c) => c.name === name)) {
    throw new ActionError(`No connection named ${name} in this environment`, undefined, undefined, 404);
  }
  return snap;
}

/** One page of a connection's users, as the route answers it and the connection page prefetches it. */
export const usersPage = (snap: ConnectionsSnapshot, name: string, v: UsersView) =>
  connectionUsers(snap, name, { ...v, pageSize: USERS_PAGE_SIZE });

export async function loadConnectionUsers(sk: ScalekitClient, name: string, v: UsersView) {
  return usersPage(await snapshotWith(sk, name), name, v);
}

export async function connectionUsersCsvFor(
  sk: ScalekitClient,
  name: string,
  o: { status: StatusFilter; q: string },
) {
  return connectionUsersCsv(await snapshotWith(sk, name), name, o.status, o.q);
}
