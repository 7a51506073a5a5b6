import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Footer } from '@/components/ui/footer';
import type { listLedger } from '@/lib/tokens/ledger';
import { LedgerFilters } from './ledger-filters';
import { LedgerTable } from './ledger-table';

/** The ledger: filters, one page of entries, and a link to the next (older) page keeping the filters. */
export function LedgerCard({
  values,
  ledger,
}: {
  values: Record<string, string | undefined>;
  ledger: Awaited<ReturnType<typeof listLedger>>;
}) {
  const keep = Object.fromEntries(
    Object.entries(values).filter((kv): kv is [string, string] => kv[0] !== 'cursor' && !!kv[1]),
  );
  return (
    <Card className="mt-8">
      <CardHeader
        title="Ledger"
        description="Every token minted through the console (never the token itself)."
      />
      <LedgerFilters values={values} />
      <LedgerTable entries={ledger.entries} filtered={Object.keys(keep).length > 0} />
      {ledger.nextCursor && (
        <Footer className="p-4">
          <Link
            className={buttonClass('secondary')}
            href={`/tokens?${new URLSearchParams({ ...keep, cursor: ledger.nextCursor })}`}
          >
            Older
          </Link>
        </Footer>
      )}
    </Card>
  );
}
