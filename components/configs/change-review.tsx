'use client';

import { useQuery } from '@tanstack/react-query';
import { Link } from '@/components/ui/link';
import { useMemo } from 'react';
import { Skeleton } from '@/components/ui/states';
import { configImpactAction } from '@/lib/configs/actions/config-impact';
import { connectionsInvolved, effectiveDiff } from '@/lib/configs/diff';
import type { UserImpact } from '@/lib/configs/impact';
import type { ConfigDraft } from '@/lib/configs/schema';
import { DiffView } from './diff-view';
import { configKeys } from './queries';
import { useCatalogNames } from './use-catalog-names';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function ImpactSummary({ impact, configId }: { impact: UserImpact; configId: string }) {
  return (
    <div
      className="rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800"
      data-testid="impact"
    >
      <p>
        {impact.wouldStopBeingReady > 0 ? (
          <span className="text-amber-800 dark:text-amber-300">
            {plural(impact.wouldStopBeingReady, 'user')} of {impact.readyNow} ready today would stop being
            ready (a connection added that they have not authorized).
          </span>
        ) : (
          <span>
            No ready user stops being ready ({impact.readyNow} of {plural(impact.users, 'user')} ready today).
          </span>
        )}{' '}
        {plural(impact.recentTokens, 'token')} minted in the last 24 hours and not expired{' '}
        {impact.recentTokens === 1 ? 'is' : 'are'} affected.
        {impact.instances !== undefined && ` ${plural(impact.instances, 'instance')} serve this config.`}
      </p>
      <Link
        className="text-indigo-700 underline dark:text-indigo-300"
        href={`/users/readiness?config=${encodeURIComponent(configId)}`}
      >
        See the readiness list
      </Link>
    </div>
  );
}

/**
 * What a change does before it is made (a save, or a rollback): the effective tool diff from the live version
 * and who it affects. Catalogs for every connection involved load once, in parallel.
 */
function Review({ configId, before, after }: { configId: string; before: ConfigDraft; after: ConfigDraft }) {
  const involved = useMemo(() => connectionsInvolved(before, after), [before, after]);
  const catalogs = useCatalogNames(involved);
  const connections = after.mappings.map((m) => m.connectionName).sort();
  const impact = useQuery({
    queryKey: configKeys.impact(configId, connections),
    queryFn: async () => {
      const r = await configImpactAction({ id: configId, connections });
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
    staleTime: 30_000,
  });
  if (catalogs.pending) return <Skeleton className="h-24" />;
  const diff = effectiveDiff(before, after, catalogs.names);
  return (
    <div className="space-y-4">
      <DiffView diff={diff} />
      {diff.totals.lost > 0 || !diff.totals.resolved ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-300">
          Agents with running sessions may lose the removed tools mid-session.
          {diff.totals.lost >= 20 &&
            ' This is a large change: consider cloning the config, changing the clone, and switching agents over.'}
        </p>
      ) : null}
      {impact.isPending ? (
        <Skeleton className="h-12" />
      ) : impact.isError ? (
        <p className="text-sm text-red-600">Could not count the users affected: {impact.error.message}</p>
      ) : (
        <ImpactSummary impact={impact.data} configId={configId} />
      )}
    </div>
  );
}

/** The effective diff between two versions, catalogs loaded in the browser (used for the conflict report). */
function Resolved({ before, after }: { before: ConfigDraft; after: ConfigDraft }) {
  const involved = useMemo(() => connectionsInvolved(before, after), [before, after]);
  const catalogs = useCatalogNames(involved);
  if (catalogs.pending) return <Skeleton className="h-16" />;
  return <DiffView diff={effectiveDiff(before, after, catalogs.names)} />;
}

export { Review as ChangeReview, Resolved as ResolvedDiff };
