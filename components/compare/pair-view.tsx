import { DiffView } from '@/components/configs/diff-view';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import type { ConfigPair, PairSide } from '@/lib/compare/pair';
import { envPath } from '@/lib/environments/paths';
import { BlockersNote } from './blockers-note';
import { ConfigStateLabel } from './state-label';

function SideSummary({ side, name }: { side: PairSide; name: string }) {
  return (
    <div className="min-w-0 flex-1 px-5 py-4" data-testid={`side-${side.environment}`}>
      <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        {side.environment}
        {side.production && <Badge tone="danger">production</Badge>}
      </p>
      <p className="mt-1 text-sm">
        {side.state === 'present' && side.id ? (
          <Link
            className="text-indigo-700 hover:underline dark:text-indigo-300"
            href={envPath(side.environment, `/configs/${encodeURIComponent(side.id)}`)}
          >
            Open {name} in {side.environment}
          </Link>
        ) : side.state === 'missing' ? (
          <ConfigStateLabel state="missing" />
        ) : (
          <>
            <ConfigStateLabel state="unknown" />
            <span className="block text-xs text-zinc-500">Could not be read: {side.error}</span>
          </>
        )}
      </p>
    </div>
  );
}

/** One config in two environments: where each is, and what agents gain and lose going from one to the other. */
export function PairView({ pair }: { pair: ConfigPair }) {
  const { from, to } = pair;
  const lacking = [from, to].find((s) => s.state === 'missing');
  return (
    <Card>
      <div className="flex flex-wrap divide-x divide-zinc-200 border-b border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        <SideSummary side={from} name={pair.name} />
        <SideSummary side={to} name={pair.name} />
      </div>
      <CardHeader
        title={`Effective tools, per connection, from ${from.environment} to ${to.environment}`}
        description={
          pair.diff && !pair.identical
            ? `What agents on ${to.environment} can call compared with ${from.environment} ("all tools" resolved against ${to.environment}'s catalogs).`
            : undefined
        }
      />
      <div className="px-5 py-4" data-testid="pair-result">
        {pair.identical ? (
          <p className="flex items-center gap-2 text-sm">
            <ConfigStateLabel state="same" /> The two are the same version.
          </p>
        ) : pair.diff ? (
          <DiffView diff={pair.diff} />
        ) : lacking ? (
          <div className="text-sm">
            <p>
              {lacking.environment} has no config named <b>{pair.name}</b>.
            </p>
            <BlockersNote blockers={pair.blockers} />
          </div>
        ) : (
          <p className="text-sm text-zinc-500">Nothing to compare: an environment could not be read.</p>
        )}
      </div>
    </Card>
  );
}
