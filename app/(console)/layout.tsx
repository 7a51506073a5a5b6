import { forbidden, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/live/query-provider';
import { ConsoleShell } from '@/components/shell/console-shell';
import { signOut } from '@/lib/auth';
import { getIdentity } from '@/lib/auth/session';
import { listEnvironments } from '@/lib/environments';
import { environmentsFor } from '@/lib/environments/roles';

async function signOutAction() {
  'use server';
  await signOut({ redirectTo: '/sign-in' });
}

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const identity = await getIdentity();
  if (!identity) redirect('/sign-in');
  // Worked out now, from the configuration as it is now: a role taken away is gone at the next page.
  const production = new Map(listEnvironments().map((e) => [e.name, e.production]));
  const environments = environmentsFor(identity).map((e) => ({
    ...e,
    production: production.get(e.name) ?? false,
  }));
  if (environments.length === 0) forbidden();
  return (
    <ConsoleShell user={identity} environments={environments} signOutAction={signOutAction}>
      <QueryProvider>{children}</QueryProvider>
    </ConsoleShell>
  );
}
