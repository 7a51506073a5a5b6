import type { ReactNode } from 'react';
import { EnvironmentProvider } from '@/components/environments/environment-context';
import { ProductionBanner } from '@/components/shell/production-banner';
import { QueryProvider } from '@/components/live/query-provider';
import { pageContext } from '@/lib/request/context';

/**
 * Every page of one environment (`/<environment>/...`): the environment must exist and the person must have a role
 * there (else the not-found or 403 page); its pages get its name (links, API calls) and a React Query cache of its
 * own, and a production environment is marked on every one of them.
 */
export default async function EnvironmentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ env: string }>;
}) {
  const ctx = await pageContext('configs:read', { params });
  const environment = ctx.environment!;
  return (
    <EnvironmentProvider environment={environment}>
      {environment.production && <ProductionBanner name={environment.name} role={ctx.role} />}
      <QueryProvider scope={environment.name}>{children}</QueryProvider>
    </EnvironmentProvider>
  );
}
