import 'server-only';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import { defaultEnvironment } from '@/lib/environments';
import { invalidateReadinessSnapshots } from '@/lib/readiness/snapshot';
import type { ScalekitClient } from '@/lib/scalekit';
import { getBus, type AccountChanged, type EventBus } from './bus';

/**
 * What an account event does to one Scalekit environment's console state: one bus subscription per client
 * (wherever the event was received, the bus brings it here) that first drops the cached auth state it makes
 * stale, then tells the open streams. Invalidating first matters: a page that refetches because of the push
 * must read upstream, not the cached status from before the change.
 */

export type LiveListener = (msg: AccountChanged) => void;

interface Live {
  listeners: Set<LiveListener>;
  ready: Promise<EventBus>;
}

export function applyAccountChange(sk: ScalekitClient, msg: AccountChanged) {
  invalidateUser(sk, msg.identifier);
  invalidateReadinessSnapshots(sk);
}

function live(sk: ScalekitClient, bus?: Promise<EventBus>): Live {
  return sk.scoped('events.subscription', () => {
    const listeners = new Set<LiveListener>();
    const ready = (bus ?? getBus()).then((b) => {
      b.subscribe((msg) => {
        // The bus carries every environment's events: this client follows its own.
        if ((msg.environment ?? defaultEnvironment()?.name) !== sk.environment) return;
        applyAccountChange(sk, msg);
        for (const fn of listeners) {
          try {
            fn(msg);
          } catch (err) {
            console.error(`events: a live listener failed: ${(err as Error).message}`);
          }
        }
      });
      return b;
    });
    return { listeners, ready };
  });
}

/**
 * Makes sure this environment's caches follow the bus, and adds `fn` (an open stream) until the returned
 * function is called. `bus` is for tests; the app uses the process's bus.
 */
export async function subscribeLive(
  sk: ScalekitClient,
  fn?: LiveListener,
  opts: { bus?: Promise<EventBus> } = {},
): Promise<() => void> {
  const l = live(sk, opts.bus);
  await l.ready;
  if (!fn) return () => undefined;
  l.listeners.add(fn);
  return () => void l.listeners.delete(fn);
}
