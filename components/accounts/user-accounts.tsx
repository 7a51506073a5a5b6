'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import { useQuery } from '@tanstack/react-query';
import { Link } from '@/components/ui/link';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useSearchParamSetter } from '@/components/ui/use-search-param-setter';
import { Card, CardHeader } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, Th, THead, Tr } from '@/components/ui/table';
import {
  connectionViewConfigs,
  shownConfigs,
  statusesOnScreen,
  type ConfigSummary,
} from '@/lib/accounts/on-screen';
import { rowsForConfig, statusOf } from '@/lib/accounts/rows';
import { isReady } from '@/lib/readiness/is-ready';
import { ConnectionRow } from './connection-row';
import { ConnectionsView, ViewToggle } from './connections-view';
import { ConnectLinkButton } from '@/components/connect-links/connect-link-dialog';
import { InstancePanel } from '@/components/instances/instance-panel';
import { userAccountsQuery, type UserAccountsResponse } from './queries';
import { rememberLookup } from './recent-lookups';

export type { ConfigSummary };

/**
 * Every config's connections for one user. The accounts come from the page's prefetch (`userAccountsQuery`), and
 * stay live: the query says what is on screen (`watch`), and the live layer polls until all of it is ACTIVE.
 * `status` is the page's live status line, shown in the toolbar.
 */
export function UserAccounts({
  identifier,
  configs,
  canLinks,
  canWrite,
  canInstances = false,
  status,
}: {
  identifier: string;
  configs: ConfigSummary[];
  canLinks: boolean;
  canWrite: boolean;
  canInstances?: boolean;
  status?: ReactNode;
}) {
  const { params, set: setParam } = useSearchParamSetter();
  const chosen = params.get('config') ?? '';
  const byConnection = params.get('view') === 'connections';
  // Polling, and the status line, watch exactly the rows on screen in the view shown.
  const watch = useCallback(
    (d: UserAccountsResponse) => statusesOnScreen({ configs, chosen, byConnection, accounts: d.accounts }),
    [configs, chosen, byConnection],
  );
  const env = useEnvironment();
  const q = useQuery(userAccountsQuery(env, identifier, watch));
  const accounts = q.data?.accounts;
  const shown = useMemo(() => shownConfigs(configs, chosen, accounts ?? []), [configs, chosen, accounts]);
  useEffect(() => rememberLookup(identifier), [identifier]);

  // The page prefetches the accounts; without them (a failed load) it shows its problem instead of this.
  const data = q.data;
  if (!data) return null;
  const mapped = new Set(configs.flatMap((c) => c.mappings.map((m) => m.connectionName)));
  const unmapped = data.accounts.filter((a) => !mapped.has(a.connectionName));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {status}
        <ViewToggle
          view={byConnection ? 'connections' : 'configs'}
          onChange={(v) => setParam({ view: v === 'configs' ? null : v })}
        />
        <label className="flex items-center gap-2 text-sm">
          <span className="text-zinc-500">Config</span>
          <Select value={chosen} onChange={(e) => setParam({ config: e.target.value || null })}>
            <option value="">All configs ({configs.length})</option>
            {configs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {byConnection && (
        <ConnectionsView configs={connectionViewConfigs(configs, chosen)} accounts={data.accounts} />
      )}
      {!byConnection && shown.length === 0 && (
        <Card>
          <EmptyState
            title={chosen ? 'That config does not exist (any more)' : 'No MCP configs yet'}
            description={
              chosen
                ? 'Choose another config above.'
                : "Create a config to see this user's connections for it."
            }
          />
        </Card>
      )}
      {(byConnection ? [] : shown).map((config) => {
        const rows = rowsForConfig(config.mappings, data.accounts);
        const ready = isReady(rows.map(statusOf));
        return (
          <Card key={config.id} data-testid={`config-${config.name}`}>
            <CardHeader
              title={
                <span className="flex items-center gap-2">
                  <Link className="hover:underline" href={`/configs/${encodeURIComponent(config.id)}`}>
                    {config.name}
                  </Link>
                  <span
                    className={
                      ready
                        ? 'text-xs text-emerald-700 dark:text-emerald-400'
                        : 'text-xs text-amber-700 dark:text-amber-400'
                    }
                  >
                    {ready ? 'ready' : `${rows.filter((r) => statusOf(r) !== 'ACTIVE').length} not active`}
                  </span>
                </span>
              }
              action={
                canLinks && !ready ? (
                  <ConnectLinkButton identifier={identifier} configId={config.id} configName={config.name} />
                ) : undefined
              }
            />
            <Table>
              <THead>
                <Tr>
                  <Th>Connection</Th>
                  <Th>Status</Th>
                  <Th className="hidden md:table-cell">Account</Th>
                  <Th className="hidden lg:table-cell">Token expires</Th>
                  <Th className="hidden lg:table-cell">Updated</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {rows.map((row) => (
                  <ConnectionRow
                    key={row.connectionName}
                    row={row}
                    identifier={identifier}
                    canLinks={canLinks}
                    canWrite={canWrite}
                  />
                ))}
              </TBody>
            </Table>
            <InstancePanel
              identifier={identifier}
              config={config}
              accounts={data.accounts}
              canWrite={canInstances}
              canLinks={canLinks}
            />
          </Card>
        );
      })}
      {!byConnection && !chosen && configs.length > shown.length && (
        <p className="text-sm text-zinc-500">
          Showing {shown.length} of {configs.length} configs (those this user has accounts for first): choose
          a config above to see another.
        </p>
      )}
      {!byConnection && !chosen && unmapped.length > 0 && (
        <p className="text-sm text-zinc-500">
          Also connected, in no config:{' '}
          {unmapped.map((a) => `${a.connectionName} (${a.status ?? 'unknown'})`).join(', ')}
        </p>
      )}
    </div>
  );
}
