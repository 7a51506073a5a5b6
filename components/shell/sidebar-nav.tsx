'use client';

import { Activity, Cable, History, KeyRound, LayoutDashboard, Server, Users } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

const ITEMS = [
  { href: '/', label: 'Home', icon: LayoutDashboard, exact: true },
  { href: '/configs', label: 'Configs', icon: Server },
  { href: '/connections', label: 'Connections', icon: Cable },
  { href: '/users', label: 'Users', icon: Users },
  { href: '/activity', label: 'Activity', icon: Activity },
  { href: '/tokens', label: 'Tokens', icon: KeyRound, adminOnly: true },
  { href: '/audit', label: 'Audit', icon: History },
];

export function SidebarNav({ isAdmin, onNavigate }: { isAdmin: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {ITEMS.filter((i) => !i.adminOnly || isAdmin).map((item) => {
        const active = item.exact ? pathname === item.href : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            onClick={onNavigate}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium',
              active
                ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/10 dark:text-indigo-300'
                : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800',
            )}
          >
            <item.icon className="size-4" aria-hidden />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
