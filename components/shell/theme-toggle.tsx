'use client';

import { useSyncExternalStore, type ReactNode } from 'react';

type Theme = 'light' | 'dark' | 'system';
const NEXT: Record<Theme, Theme> = { light: 'dark', dark: 'system', system: 'light' };

function apply(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}
function readTheme(): Theme {
  const saved = localStorage.getItem('theme');
  return saved === 'light' || saved === 'dark' || saved === 'system' ? saved : 'system';
}

/** Cycles light -> dark -> system (icons rendered by the server); remembered in localStorage and applied before paint by app/layout.tsx. */
export function ThemeToggle({ icons }: { icons: Record<Theme, ReactNode> }) {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as Theme);
  return (
    <button
      type="button"
      className="inline-flex size-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Theme: ${theme} (switch to ${NEXT[theme]})`}
      title={`Theme: ${theme}`}
      onClick={() => {
        const next = NEXT[theme];
        localStorage.setItem('theme', next);
        apply(next);
        listeners.forEach((l) => l());
      }}
    >
      {icons[theme]}
    </button>
  );
}
