import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { LedgerCard } from '@/components/tokens/ledger-card';
import { MintPanel } from '@/components/tokens/mint-panel';
import { singleValues } from '@/lib/request/search-params';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';
import { ledgerFiltersSchema, listLedger } from '@/lib/tokens/ledger';

export const metadata: Metadata = { title: 'Tokens' };
export const dynamic = 'force-dynamic';

export default async function TokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await pageContext('tokens:mint', '/tokens');
  const raw = singleValues(await searchParams);
  const [configs, ledger] = await Promise.all([
    pageLoad(ctx, () => ctx.scalekit.configs.listAll()),
    listLedger(ledgerFiltersSchema.parse(raw)),
  ]);
  return (
    <>
      <PageHeader
        title="Session tokens"
        description="Mint a token by hand, get client snippets, and preview exactly what a user's agent sees."
      />
      {configs.ok ? (
        <MintPanel configs={configs.value.map((c) => ({ id: c.id, name: c.name }))} />
      ) : (
        <ProblemState title="Could not load configs" problem={configs.problem} />
      )}
      <LedgerCard values={raw} ledger={ledger} />
    </>
  );
}
