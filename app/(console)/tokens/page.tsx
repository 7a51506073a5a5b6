import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { LedgerCard } from '@/components/tokens/ledger-card';
import { MintPanel } from '@/components/tokens/mint-panel';
import { requirePagePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';
import { ledgerFiltersSchema, listLedger } from '@/lib/tokens/ledger';

export const metadata: Metadata = { title: 'Tokens' };
export const dynamic = 'force-dynamic';

export default async function TokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission('tokens:mint', '/tokens');
  const raw = await searchParams;
  const [configs, ledger] = await Promise.all([
    getScalekit()
      .configs.listAll()
      .then(
        (cs) => ({ ok: true as const, cs }),
        (err: Error) => ({ ok: false as const, error: err.message }),
      ),
    listLedger(ledgerFiltersSchema.parse(raw)),
  ]);
  return (
    <>
      <PageHeader
        title="Session tokens"
        description="Mint a token by hand, get client snippets, and preview exactly what a user's agent sees."
      />
      {configs.ok ? (
        <MintPanel configs={configs.cs.map((c) => ({ id: c.id, name: c.name }))} />
      ) : (
        <Card>
          <ErrorState title="Could not load configs" message={configs.error} />
        </Card>
      )}
      <LedgerCard values={raw} ledger={ledger} />
    </>
  );
}
