import {
  Activity,
  Cable,
  History,
  KeyRound,
  KeySquare,
  LayoutDashboard,
  LogOut,
  Menu,
  Monitor,
  Moon,
  Server,
  Sun,
  Users,
  X,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { MenuFrame } from './menu-frame';
import { SidebarNav } from './sidebar-nav';
import { ThemeToggle } from './theme-toggle';

const ITEMS = [
  { href: '/', label: 'Home', icon: LayoutDashboard, exact: true },
  { href: '/configs', label: 'Configs', icon: Server },
  { href: '/connections', label: 'Connections', icon: Cable },
  { href: '/users', label: 'Users', icon: Users },
  { href: '/activity', label: 'Activity', icon: Activity },
  { href: '/tokens', label: 'Tokens', icon: KeyRound, adminOnly: true },
  { href: '/audit', label: 'Audit', icon: History },
  { href: '/access/api-keys', label: 'API keys', icon: KeySquare, adminOnly: true },
];

/**
 * The console's frame, rendered on the server: only the menu's open state (MenuFrame), the active link
 * (SidebarNav) and the theme switch run in the browser, and they receive their icons as rendered markup.
 */
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
  const items = ITEMS.filter((i) => !i.adminOnly || user.role === 'admin').map(({ icon: Icon, ...i }) => ({
    ...i,
    icon: <Icon className="size-4" aria-hidden />,
  }));
  return (
    <MenuFrame
      brand={<span className="text-base font-semibold tracking-tight">MCP Console</span>}
      nav={<SidebarNav items={items} />}
      footer={<p className="mt-8 px-3 text-xs text-zinc-500">{backendLabel}</p>}
      openIcon={<Menu className="size-5" aria-hidden />}
      closeIcon={<X className="size-5" aria-hidden />}
      headerEnd={
        <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
          <ThemeToggle
            icons={{
              light: <Sun className="size-4" aria-hidden />,
              dark: <Moon className="size-4" aria-hidden />,
              system: <Monitor className="size-4" aria-hidden />,
            }}
          />
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
      }
    >
      {children}
    </MenuFrame>
  );
}
