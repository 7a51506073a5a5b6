'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, RefreshCw } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useState } from 'react';
import { StatusBadge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { useSearchParamSetter } from '@/components/ui/use-search-param-setter';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { Card } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { Footer } from '@/components/ui/footer';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { secondsAgo, useNow } from '@/components/ui/use-now';
import {
  GRID_FILTER_LABELS,
  GRID_FILTERS,
  gridViewOf,
  type GridPage,
  type StatusKey,
} from '@/lib/readiness/grid';
import { connectorLabel } from '@/lib/connectors/display-name';
import { ACCOUNT_STATUSES } from '@/lib/scalekit/types';
import { BulkLinksButton } from './bulk-links-button';
import { getJson } from '@/components/ui/get-json';
import { gridPath, gridQueryOptions, readinessKeys } from './queries';
import { Tabs } from '@/components/ui/tabs';

// Every status in the one declared order, then accounts that do not exist yet.
const COUNT_ORDER: StatusKey[] = [...ACCOUNT_STATUSES, 'NOT_CONNECTED'];

/** Identifiers x connections for one config, with filters, counts, paging, CSV export and bulk links. */
export function ReadinessGrid({
  configs,
  canLinks,
}: {
  configs: { id: string; name: string }[];
  canLinks: boolean;
}) {
  const url = useSearchParamSetter();
  const { params, set: setParam } = url;
  const { text, type } = useUrlSearch(url);
  // The view is the URL's, read the same way the page read it to prefetch this grid.
  const view = gridViewOf((k) => params.get(k), configs[0]?.id ?? '');
  const { configId, filter, q } = view;
  const qc = useQueryClient();
  const env = useEnvironment();
  const grid = useQuery(gridQueryOptions(env, view));
  const [refreshing, setRefreshing] = useState(false);
  const now = useNow(1000);

  async function refresh() {
    setRefreshing(true);
    try {
      // refresh=1 asks the server for a new snapshot; it reuses one made in the last few seconds by anyone.
      const fresh = await getJson<GridPage>(gridPath(env, view, true));
      qc.setQueryData(readinessKeys.grid(view), fresh);
      // Other pages and filters of this config were built from the old snapshot.
      void qc.invalidateQueries({ queryKey: readinessKeys.gridsOf(configId), refetchType: 'none' });
    } catch {
      void grid.refetch();
    } finally {
      setRefreshing(false);
    }
  }

  if (!configs.length) {
    return (
      <Card>
        <EmptyState
          title="No MCP configs yet"
          description="Readiness is measured per config: create one first."
        />
      </Card>
    );
  }
  const d = grid.data;
  const csvHref = gridPath(env, view, false, true);
  return (
    <div className="space-y-4">
      <Card className="flex flex-wrap items-end gap-3 p-4">
        <label className="text-sm">
          <span className="mb-1 block text-zinc-500">Config</span>
          <Select value={configId} onChange={(e) => setParam({ config: e.target.value, page: null })}>
            {configs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="min-w-48 flex-1 text-sm">
          <span className="mb-1 block text-zinc-500">Search identifiers</span>
          <Input
            value={text}
            onChange={(e) => type(e.target.value)}
            placeholder="e.g. @acme.com"
            maxLength={200}
          />
        </label>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => void refresh()} loading={refreshing}>
            <RefreshCw className="size-3.5" aria-hidden /> Refresh
          </Button>
          <a className={buttonClass('secondary', 'sm')} href={csvHref} download>
            <Download className="size-3.5" aria-hidden /> CSV
          </a>
          {canLinks && d && (
            <BulkLinksButton
              configId={configId}
              configName={d.configName}
              filter={filter}
              q={q}
              notReady={d.tabs['not-ready']}
            />
          )}
        </div>
      </Card>

      <Tabs
        label="Filter users"
        items={GRID_FILTERS.map((f) => ({
          value: f,
          label: `${GRID_FILTER_LABELS[f]}${d ? ` (${d.tabs[f]})` : ''}`,
        }))}
        value={filter}
        onChange={(f) => setParam({ filter: f === 'all' ? null : f, page: null })}
      />

      {grid.isPending ? (
        <Skeleton className="h-64" />
      ) : grid.isError && !d ? (
        <Card>
          <ErrorState
            title="Could not load readiness"
            message={grid.error.message}
            retry={() => void grid.refetch()}
          />
        </Card>
      ) : d ? (
        <Card>
          <Table data-testid="readiness-grid">
            <THead>
              <Tr>
                <Th>Identifier</Th>
                {d.connections.map((c, i) => (
                  <Th key={c} plain className="align-bottom">
                    <div className="tracking-wide" title={`connection ${c}`}>
                      {connectorLabel(c)}
                    </div>
                    <div className="mt-1 flex flex-wrap gap-x-2 font-normal normal-case">
                      {COUNT_ORDER.filter((k) => d.counts.perConnection[i]?.[k]).map((k) => (
                        <span key={k} title={k}>
                          {k === 'NOT_CONNECTED' ? 'none' : k.toLowerCase().replace('_', ' ')}{' '}
                          {d.counts.perConnection[i]![k]}
                        </span>
                      ))}
                    </div>
                  </Th>
                ))}
              </Tr>
            </THead>
            <TBody>
              {d.rows.map((r) => (
                <Tr key={r.identifier}>
                  <Td className="whitespace-nowrap">
                    <Link
                      className="font-medium hover:underline"
                      href={`/users/${encodeURIComponent(r.identifier)}?config=${encodeURIComponent(configId)}`}
                    >
                      {r.identifier}
                    </Link>
                  </Td>
                  {r.statuses.map((s, i) => (
                    <Td key={d.connections[i]}>
                      <StatusBadge status={s} />
                    </Td>
                  ))}
                </Tr>
              ))}
            </TBody>
          </Table>
          {d.rows.length === 0 && <EmptyState title="No users in this view" />}
          <Footer
            className="border-t border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800"
            start={
              <span className="text-zinc-500" data-testid="grid-summary">
                {d.matched} of {d.counts.users} users · snapshot{' '}
                {now === null ? '' : secondsAgo(d.loadedAt, now)} · {d.upstreamCalls} upstream calls to build
              </span>
            }
          >
            <Button
              size="sm"
              variant="secondary"
              disabled={d.page <= 1}
              onClick={() => setParam({ page: String(d.page - 1) })}
            >
              Previous
            </Button>
            <span>
              Page {d.page} of {d.pages}
            </span>
            <Button
              size="sm"
              variant="secondary"
              disabled={d.page >= d.pages}
              onClick={() => setParam({ page: String(d.page + 1) })}
            >
              Next
            </Button>
          </Footer>
        </Card>
      ) : null}
    </div>
  );
}
