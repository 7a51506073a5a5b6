'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { SkipLink } from './skip-link';

const CloseMenu = createContext<() => void>(() => {});
/** Closes the small-screen menu (a link in it was followed). */
export const useCloseMenu = () => useContext(CloseMenu);

/**
 * The only stateful part of the shell: whether the menu is open on small screens. Everything inside (the nav,
 * the header's contents, the icons) is rendered by the server and passed in, so none of it, lucide included,
 * is shipped to the browser as code: less to load and hydrate before the page responds.
 */
export function MenuFrame({
  brand,
  nav,
  footer,
  headerEnd,
  openIcon,
  closeIcon,
  children,
}: {
  brand: ReactNode;
  nav: ReactNode;
  footer: ReactNode;
  headerEnd: ReactNode;
  openIcon: ReactNode;
  closeIcon: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div
      className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) setOpen(false);
      }}
    >
      <SkipLink />
      <aside
        id="console-menu"
        className={cn(
          'fixed inset-y-0 left-0 z-40 w-60 border-r border-zinc-200 bg-white p-4 transition-transform dark:border-zinc-800 dark:bg-zinc-900 lg:static lg:translate-x-0',
          // Hidden, not just moved away, while closed on small screens: keyboard focus must not walk into it.
          open ? 'translate-x-0' : '-translate-x-full max-lg:invisible',
        )}
      >
        <div className="mb-6 flex items-center justify-between px-2">
          {brand}
          <button className="lg:hidden" aria-label="Close menu" onClick={() => setOpen(false)}>
            {closeIcon}
          </button>
        </div>
        <CloseMenu.Provider value={() => setOpen(false)}>{nav}</CloseMenu.Provider>
        {footer}
      </aside>
      {open && (
        <div
          className="fixed inset-0 z-30 bg-black/30 lg:hidden"
          onClick={() => setOpen(false)}
          aria-hidden
        />
      )}
      <div className="flex min-w-0 flex-col">
        <header className="flex h-14 items-center justify-between gap-2 border-b border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900 sm:px-6">
          <button
            className="lg:hidden"
            aria-label="Open menu"
            aria-expanded={open}
            aria-controls="console-menu"
            onClick={() => setOpen(true)}
          >
            {openIcon}
          </button>
          {headerEnd}
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full min-w-0 max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
