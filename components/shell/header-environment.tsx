'use client';

import { usePathname } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { EnvironmentSwitcher } from './environment-switcher';
import type { ShellEnvironment } from './shell-types';
import { environmentOf } from './sidebar-nav';

/** The header's switcher, on the environment the URL names (none on the console's own pages). */
export function HeaderEnvironment({ environments }: { environments: ShellEnvironment[] }) {
  const current = environmentOf(usePathname(), environments);
  return <EnvironmentSwitcher environments={environments} current={current} />;
}

/** The person's role where they are: in the URL's environment, else their highest anywhere. */
export function HeaderRole({ environments }: { environments: ShellEnvironment[] }) {
  const current = environmentOf(usePathname(), environments);
  const role = current
    ? environments.find((e) => e.name === current)?.role
    : environments.some((e) => e.role === 'admin')
      ? 'admin'
      : environments[0]?.role;
  if (!role) return null;
  return <Badge tone={role === 'admin' ? 'info' : 'neutral'}>{role}</Badge>;
}
