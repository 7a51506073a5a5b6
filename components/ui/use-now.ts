'use client';

import { useSyncExternalStore } from 'react';

const clocks = new Map<
  number,
  { now: number; listeners: Set<() => void>; timer?: ReturnType<typeof setInterval> }
>();

/** The current time, re-rendering every `ms`; one shared timer per interval however many components use it. */
export function useNow(ms = 1000): number | null {
  return useSyncExternalStore(
    (onChange) => {
      let c = clocks.get(ms);
      if (!c) clocks.set(ms, (c = { now: Date.now(), listeners: new Set() }));
      const clock = c;
      clock.listeners.add(onChange);
      clock.timer ??= setInterval(() => {
        clock.now = Date.now();
        clock.listeners.forEach((l) => l());
      }, ms);
      return () => {
        clock.listeners.delete(onChange);
        if (clock.listeners.size === 0) {
          clearInterval(clock.timer);
          clock.timer = undefined;
        }
      };
    },
    () => clocks.get(ms)?.now ?? Date.now(),
    () => null, // the server renders no relative time
  );
}

export function secondsAgo(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return s < 2 ? 'just now' : s < 120 ? `${s}s ago` : `${Math.round(s / 60)} min ago`;
}
