'use client';

import { useEffect, type ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';

// React Query is provided where it is used (components/ui/query-provider.tsx), not here: see that file.
export function Providers({ children }: { children: ReactNode }) {
  // Marks the document once React has hydrated it, so browser tests (and scripts) can wait until buttons work:
  // server-rendered markup is visible, and clickable, before its handlers are attached.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return <ToastProvider>{children}</ToastProvider>;
}
