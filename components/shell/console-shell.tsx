import {
  Activity,
  Cable,
  GitCompareArrows,
  History,
  KeyRound,
  LayoutDashboard,
  LayoutGrid,
  LogOut,
  Menu,
  Monitor,
  Moon,
  Server,
  ShieldCheck,
  Sun,
  Users,
  X,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { HeaderEnvironment, HeaderRole } from './header-environment';
import { MenuFrame } from './menu-frame';
import type { ShellEnvironment } from './shell-types';
import { SidebarNav, type NavItem } from './sidebar-nav';
import { ThemeToggle } from './theme-toggle';

const ITEMS = [
  { path: '/', label: 'All environments', icon: LayoutGrid, scope: 'console', exact: true },
  { path: '', label: 'Home', icon: LayoutDashboard, scope: 'environment', exact: true },
  { path: '/configs', label: 'Configs', icon: Server, scope: 'environment' },
  { path: '/connections', label: 'Connections', icon: Cable, scope: 'environment' },
  { path: '/users', label: 'Users', icon: Users, scope: 'environment' },
  { path: '/activity', label: 'Activity', icon: Activity, scope: 'environment' },
  { path: '/tokens', label: 'Tokens', icon: KeyRound, scope: 'environment', adminOnly: true },
  { path: '/compare', label: 'Compare', icon: GitCompareArrows, scope: 'console' },
  { path: '/audit', label: 'Audit', icon: History, scope: 'console' },
  { path: '/access', label: 'Access', icon: ShieldCheck, scope: 'console', adminOnly: true },
] as const;

/**
 * The console's frame, rendered on the server: only the menu's open state (MenuFrame), the active link
 * (SidebarNav) and the theme switch run in the browser, and they receive their icons as rendered markup.
 */
export function ConsoleShell({
  user,
  environments,
  signOutAction,
  children,
}: {
  user: { email: string; name: string };
  /** The environments this person may open, with their role in each. */
  environments: ShellEnvironment[];
  signOutAction: () => Promise<void>;
  children: ReactNode;
}) {
  const items: NavItem[] = ITEMS.map(({ icon: Icon, ...i }) => ({
    ...i,
    icon: <Icon className="size-4" aria-hidden />,
  }));
  return (
    <MenuFrame
      brand={<span className="text-base font-semibold tracking-tight">MCP Console</span>}
      nav={<SidebarNav items={items} environments={environments} />}
      footer={null}
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
          <div className="hidden lg:block">
            <HeaderEnvironment environments={environments} />
          </div>
          <div className="hidden text-right sm:block">
            <p className="text-sm font-medium leading-tight">{user.email}</p>
          </div>
          <HeaderRole environments={environments} />
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
