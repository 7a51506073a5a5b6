'use client';

import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { StatusBadge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { Footer } from '@/components/ui/footer';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Tabs } from '@/components/ui/tabs';
import { useSearchParamSetter } from '@/components/ui/use-search-param-setter';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { STATUS_FILTER_LABELS, STATUS_FILTERS, usersViewOf } from '@/lib/connections/overview';
import { userHref } from './connection-links';
import { connectionUsersOptions, usersPath } from './queries';

/** A connection's users by status: filter (in the URL), search, 50 a page, CSV of the current filter. */
export function ConnectionUsers({ name }: { name: string }) {
  const url = useSearchParamSetter();
  const { params, set: setParam } = url;
  const { text, type } = useUrlSearch(url);
  // The view is the URL's, read the same way the page read it to prefetch this list.
  const view = usersViewOf((k) => params.get(k));
  const { status, q } = view;
  const users = useQuery(connectionUsersOptions(name, view));
  const d = users.data;
  // Only filters with users (and the one chosen) are offered: a status nobody has is noise.
  const offered = STATUS_FILTERS.filter((f) => f === 'all' || f === status || (d?.counts[f] ?? 0) > 0);
  return (
    <Card>
      <CardHeader
        title="Users"
        description={
          d ? `${d.total} account${d.total === 1 ? '' : 's'}${d.partial ? ' (first 20,000)' : ''}` : undefined
        }
        action={
          <a className={buttonClass('secondary', 'sm')} href={usersPath(name, true, { status, q })} download>
            <Download className="size-3.5" aria-hidden /> CSV
          </a>
        }
      />
      <div className="flex flex-wrap items-center gap-3 px-5 py-3">
        <Tabs
          label="Filter by status"
          items={offered.map((f) => ({
            value: f,
            label: `${STATUS_FILTER_LABELS[f]}${d ? ` (${f === 'all' ? d.total : (d.counts[f] ?? 0)})` : ''}`,
          }))}
          value={status}
          onChange={(f) => setParam({ status: f === 'all' ? null : f, page: null })}
        />
        <label className="min-w-48 flex-1 text-sm">
          <span className="sr-only">Search identifiers</span>
          <Input
            value={text}
            onChange={(e) => type(e.target.value)}
            placeholder="Search identifiers"
            maxLength={200}
          />
        </label>
      </div>
      {users.isPending ? (
        <Skeleton className="m-5 h-40" />
      ) : users.isError && !d ? (
        <ErrorState
          title="Could not load users"
          message={users.error.message}
          retry={() => void users.refetch()}
        />
      ) : d ? (
        <>
          <Table data-testid="connection-users">
            <THead>
              <Tr>
                <Th>Identifier</Th>
                <Th>Status</Th>
              </Tr>
            </THead>
            <TBody>
              {d.rows.map((r) => (
                <Tr key={r.identifier}>
                  <Td>
                    <Link className="font-medium hover:underline" href={userHref(r.identifier)}>
                      {r.identifier}
                    </Link>
                  </Td>
                  <Td>
                    <StatusBadge status={r.status === 'UNKNOWN' ? 'Unknown' : r.status} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          {d.rows.length === 0 && (
            <EmptyState
              title={
                d.total === 0 ? 'Nobody has an account on this connection yet' : 'No users match this view'
              }
            />
          )}
          <Footer
            className="border-t border-zinc-200 px-5 py-3 dark:border-zinc-800"
            start={
              <span className="text-sm text-zinc-500">
                {d.matched} matching · page {d.page} of {d.pages}
              </span>
            }
          >
            <Button
              size="sm"
              variant="secondary"
              disabled={d.page <= 1}
              onClick={() => setParam({ page: d.page - 1 > 1 ? String(d.page - 1) : null })}
            >
              Previous
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={d.page >= d.pages}
              onClick={() => setParam({ page: String(d.page + 1) })}
            >
              Next
            </Button>
          </Footer>
        </>
      ) : null}
    </Card>
  );
}
