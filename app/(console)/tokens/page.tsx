import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card, CardHeader, PageHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { MintPanel } from '@/components/tokens/mint-panel';
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
  const raw = await searchParams;
  const filters = ledgerFiltersSchema.parse(raw);
  const [configs, ledger] = await Promise.all([
    pageLoad(ctx, () => ctx.scalekit.configs.listAll()),
    listLedger(filters),
  ]);
  const keep = new URLSearchParams(
    Object.entries(raw).filter(([k, v]) => k !== 'cursor' && v) as [string, string][],
  );
  return (
    <>
      <PageHeader
        title="Session tokens"
        description="Mint a token by hand, get client snippets, and preview exactly what a user's agent sees."
      />
      {configs.ok ? (
        <MintPanel configs={configs.value.map((c) => ({ id: c.id, name: c.name }))} />
      ) : (
        <Card>
          <ErrorState title="Could not load configs" message={configs.problem.message} />
        </Card>
      )}
      <Card className="mt-8">
        <CardHeader
          title="Ledger"
          description="Every token minted through the console (never the token itself)."
        />
        <form
          className="grid gap-3 border-b border-zinc-200 p-4 dark:border-zinc-800 sm:grid-cols-5"
          method="get"
        >
          <input
            name="operator"
            placeholder="Operator email"
            defaultValue={raw.operator}
            aria-label="Filter by operator"
            className="h-9 rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <input
            name="identifier"
            placeholder="Identifier"
            defaultValue={raw.identifier}
            aria-label="Filter by identifier"
            className="h-9 rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <input
            name="config"
            placeholder="Config name"
            defaultValue={raw.config}
            aria-label="Filter by config"
            className="h-9 rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <select
            name="accessLevel"
            defaultValue={raw.accessLevel ?? ''}
            aria-label="Filter by access level"
            className="h-9 rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">Any access</option>
            <option value="FULL">FULL</option>
            <option value="READ_ONLY">READ_ONLY</option>
          </select>
          <button className={buttonClass('secondary')} type="submit">
            Filter
          </button>
        </form>
        {ledger.entries.length === 0 ? (
          <EmptyState title="No tokens minted yet" />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="ledger">
              <thead className="text-xs uppercase text-zinc-500">
                <tr>
                  {['When', 'Operator', 'Identifier', 'Config', 'Access', 'Expiry', 'Kind', 'Token id'].map(
                    (h) => (
                      <th key={h} className="px-4 py-2 font-medium">
                        {h}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {ledger.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="whitespace-nowrap px-4 py-2 text-zinc-500">
                      <RelativeTime iso={e.at.toISOString()} past />
                    </td>
                    <td className="px-4 py-2">{e.operatorEmail}</td>
                    <td className="px-4 py-2">{e.identifier}</td>
                    <td className="px-4 py-2 font-mono text-xs">{e.configName}</td>
                    <td className="px-4 py-2">
                      <Badge tone={e.accessLevel === 'FULL' ? 'info' : 'neutral'}>{e.accessLevel}</Badge>
                    </td>
                    <td className="px-4 py-2">{e.expirySeconds} s</td>
                    <td className="px-4 py-2">{e.kind}</td>
                    <td className="max-w-40 truncate px-4 py-2 font-mono text-xs">{e.tokenId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ledger.nextCursor && (
          <div className="flex justify-end p-4">
            <Link
              className={buttonClass('secondary')}
              href={`/tokens?${new URLSearchParams({ ...Object.fromEntries(keep), cursor: ledger.nextCursor })}`}
            >
              Older
            </Link>
          </div>
        )}
      </Card>
    </>
  );
}
