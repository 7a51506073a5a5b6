import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/ui/query-provider';

// Every users page is live (search suggestions, account status, the readiness grid): React Query for all of them.
export default function UsersLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
