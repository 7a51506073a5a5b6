'use client';

import { LogOut, Menu, X } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { SidebarNav } from './sidebar-nav';
import { SkipLink } from './skip-link';
import { ThemeToggle } from './theme-toggle';

export function ConsoleShell({
  user,
  backendLabel,
  signOutAction,
  children,
}: {
  user: { email: string; name: string; role: string };
  backendLabel: string;
  signOutAction: () => Promise<void>;
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
          <span className="text-base font-semibold tracking-tight">MCP Console</span>
          <button className="lg:hidden" aria-label="Close menu" onClick={() => setOpen(false)}>
            <X className="size-5" aria-hidden />
          </button>
        </div>
        <SidebarNav isAdmin={user.role === 'admin'} onNavigate={() => setOpen(false)} />
        <p className="mt-8 px-3 text-xs text-zinc-500">{backendLabel}</p>
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
            <Menu className="size-5" aria-hidden />
          </button>
          <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
            <ThemeToggle />
            <div className="hidden text-right sm:block">
              <p className="text-sm font-medium leading-tight">{user.email}</p>
            </div>
            <Badge tone={user.role === 'admin' ? 'info' : 'neutral'}>{user.role}</Badge>
            <form action={signOutAction}>
              <button
                type="submit"
                className="inline-flex size-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
                aria-label="Sign out"
                title="Sign out"
              >
                <LogOut className="size-4" aria-hidden />
              </button>
            </form>
          </div>
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
