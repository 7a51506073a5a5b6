import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { InstanceUrlCard } from '@/components/instances/instance-url-card';
import { LedgerCard } from '@/components/tokens/ledger-card';
import { MintPanel } from '@/components/tokens/mint-panel';
import { singleValues } from '@/lib/request/search-params';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { listLedger } from '@/lib/tokens/ledger';
import { ledgerFiltersSchema } from '@/lib/tokens/ledger-filters';

export const metadata: Metadata = { title: 'Tokens' };
export const dynamic = 'force-dynamic';

export default async function TokensPage({
  params,
  searchParams,
}: {
  params: Promise<{ env: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await pageContext('tokens:mint', { params });
  const raw = singleValues(await searchParams);
  const [configs, ledger] = await Promise.all([
    pageLoad(ctx, () => ctx.scalekit.configs.listAll()),
    listLedger(ledgerFiltersSchema.parse(raw)),
  ]);
  return (
    <>
      <PageHeader
        title="Connect an agent"
        description="Two ways to hand an agent its tools: a per-user instance URL (no headers) or a session token minted per run."
      />
      {configs.ok ? (
        <div className="grid items-start gap-6 2xl:grid-cols-2">
          <InstanceUrlCard configs={configs.value.map((c) => ({ id: c.id, name: c.name }))} />
          <MintPanel configs={configs.value.map((c) => ({ id: c.id, name: c.name }))} />
        </div>
      ) : (
        <ProblemState title="Could not load configs" problem={configs.problem} />
      )}
      <LedgerCard values={raw} ledger={ledger} />
    </>
  );
}
