'use client';

import { useSyncExternalStore } from 'react';

// One clock for the whole page: a single one-second interval, started by the first subscriber and stopped by
// the last, however many relative times, countdowns and "last checked" labels are on screen.
const TICK_MS = 1000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The current time in ms, rounded down to `granularityMs`: a component re-renders only when its rounded value
 * changes (a relative time in minutes needs no render per second). Null on the server and during hydration,
 * so server and client HTML agree.
 */
export function useNow(granularityMs = TICK_MS): number | null {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(now / granularityMs) * granularityMs,
    () => null,
  );
}

export function secondsAgo(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return s < 2 ? 'just now' : s < 120 ? `${s}s ago` : `${Math.round(s / 60)} min ago`;
}
