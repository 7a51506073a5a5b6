import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/live/query-provider';

/** The end user's pages: their own React Query provider (the console's layout and its session are not here). */
export default function ConnectLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
