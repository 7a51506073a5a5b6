'use client';

import { useEffect, type ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';

// React Query is provided by the layouts that use it (the console's and the connect page's): see
// components/live/query-provider.tsx.
export function Providers({ children }: { children: ReactNode }) {
  // Marks the document once React has hydrated it, so browser tests (and scripts) can wait until buttons work:
  // server-rendered markup is visible, and clickable, before its handlers are attached.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return <ToastProvider>{children}</ToastProvider>;
}
