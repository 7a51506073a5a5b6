import type { ReactNode } from 'react';

/** The public pages' frame: one narrow column that reads well on a phone. */
export function ConnectFrame({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen w-full max-w-lg flex-col px-4 py-8 sm:py-16">
      <p className="mb-6 text-sm font-semibold tracking-tight text-zinc-500">MCP Console · Connect</p>
      {children}
      <p className="mt-auto pt-10 text-xs text-zinc-600 dark:text-zinc-400">
        Your passwords are entered on each provider’s own page, never here.
      </p>
    </main>
  );
}
