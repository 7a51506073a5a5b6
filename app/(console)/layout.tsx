import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/live/query-provider';
import { ConsoleShell } from '@/components/shell/console-shell';
import { signOut } from '@/lib/auth';
import { getSessionUser } from '@/lib/auth/session';
import { getServerEnv } from '@/lib/env';

async function signOutAction() {
  'use server';
  await signOut({ redirectTo: '/sign-in' });
}

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  const sk = getServerEnv().scalekit;
  const backendLabel = !sk
    ? 'Scalekit not configured'
    : sk.backend === 'emulator'
      ? 'Embedded emulator'
      : new URL(sk.envUrl).host;
  return (
    <ConsoleShell user={user} backendLabel={backendLabel} signOutAction={signOutAction}>
      <QueryProvider>{children}</QueryProvider>
    </ConsoleShell>
  );
}
