'use client';

import { useSyncExternalStore } from 'react';

/** The last few users this browser looked up (localStorage; nothing leaves the browser). */
const KEY = 'mcp-console:recent-users';
const MAX = 8;
const listeners = new Set<() => void>();
let cache: { raw: string | null; list: string[] } = { raw: null, list: [] };

function read(): string[] {
  const raw = localStorage.getItem(KEY);
  if (raw !== cache.raw) {
    let list: string[] = [];
    try {
      const parsed: unknown = JSON.parse(raw ?? '[]');
      if (Array.isArray(parsed))
        list = parsed.filter((x): x is string => typeof x === 'string').slice(0, MAX);
    } catch {
      // a corrupt entry is simply forgotten
    }
    cache = { raw, list };
  }
  return cache.list;
}

function write(list: string[]) {
  localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX)));
  listeners.forEach((l) => l());
}

export function rememberLookup(identifier: string) {
  write([identifier, ...read().filter((x) => x !== identifier)]);
}
export const forgetLookups = () => write([]);

const EMPTY: string[] = [];
export function useRecentLookups(): string[] {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      window.addEventListener('storage', onChange); // other tabs
      return () => {
        listeners.delete(onChange);
        window.removeEventListener('storage', onChange);
      };
    },
    read,
    () => EMPTY,
  );
}
