'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { Link } from '@/components/ui/link';
import { envPath } from '@/lib/environments/paths';
import { EnvironmentSwitcher } from './environment-switcher';
import { useCloseMenu } from './menu-frame';
import type { ShellEnvironment } from './shell-types';

export interface NavItem {
  /** Without the environment for an environment's page (`/configs`); as is for a console-wide one (`/audit`). */
  path: string;
  label: string;
  /** Rendered by the server (components/shell/console-shell.tsx), so no icon code ships to the browser. */
  icon: ReactNode;
  scope: 'environment' | 'console';
  exact?: boolean;
  adminOnly?: boolean;
}

/** The environment a path is in, if it names one this person may open. */
export function environmentOf(pathname: string, environments: ShellEnvironment[]): string | null {
  const first = decodeURIComponent(pathname.split('/')[1] ?? '');
  return environments.some((e) => e.name === first) ? first : null;
}

/**
 * The menu: the current environment's pages (the environment in the URL, else the first one this person may
 * open), then the console's own pages. Admin-only entries follow the role in that environment.
 */
export function SidebarNav({ items, environments }: { items: NavItem[]; environments: ShellEnvironment[] }) {
  const pathname = usePathname();
  const onNavigate = useCloseMenu();
  const inUrl = environmentOf(pathname, environments);
  const current = environments.find((e) => e.name === inUrl) ?? environments[0];
  const link = (item: NavItem) => {
    const href = item.scope === 'console' ? item.path : envPath(current!.name, item.path);
    const active = item.exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
    return (
      <Link
        key={`${item.scope}${item.path}`}
        href={href}
        onClick={onNavigate}
        aria-current={active ? 'page' : undefined}
        className={cn(
          'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium',
          active
            ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/10 dark:text-indigo-300'
            : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800',
        )}
      >
        {item.icon}
        {item.label}
      </Link>
    );
  };
  const envItems = items.filter(
    (i) => i.scope === 'environment' && (!i.adminOnly || current?.role === 'admin'),
  );
  const consoleItems = items.filter(
    (i) => i.scope === 'console' && (!i.adminOnly || environments.some((e) => e.role === 'admin')),
  );
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {consoleItems.filter((i) => i.exact).map(link)}
      {current && (
        <>
          <div className="mt-4 px-3 pb-1 lg:hidden">
            <EnvironmentSwitcher environments={environments} current={inUrl} />
          </div>
          <p className="mt-4 px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500">
            {current.name}
            {current.production && <span className="ml-1 text-red-700 dark:text-red-400">· production</span>}
          </p>
          {envItems.map(link)}
        </>
      )}
      <p className="mt-4 px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500">Console</p>
      {consoleItems.filter((i) => !i.exact).map(link)}
    </nav>
  );
}
