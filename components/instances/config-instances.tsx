'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@/components/ui/link';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { RelativeTime } from '@/components/ui/relative-time';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { useDebounced } from '@/components/ui/use-debounced';
import { configInstancesQuery } from './queries';

/**
 * Who has an instance URL on this config, so an admin sees whose agents a change or a delete would affect.
 * Paged by Scalekit's page tokens (a stack of them for "previous"), searchable by user.
 */
export function ConfigInstances({ configName }: { configName: string }) {
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const [tokens, setTokens] = useState<string[]>(['']);
  const pageToken = tokens[tokens.length - 1]!;
  const q = useQuery({
    ...configInstancesQuery(useEnvironment(), configName, debounced, pageToken),
    placeholderData: keepPreviousData,
  });
  return (
    <Card className="mb-6" data-testid="config-instances">
      <CardHeader
        title={`Instances${q.data ? ` (${q.data.totalSize})` : ''}`}
        action={
          <Input
            aria-label="Search instances by user"
            placeholder="Search by user"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setTokens(['']);
            }}
          />
        }
      />
      {q.isPending ? (
        <Skeleton className="m-4 h-16" />
      ) : q.isError ? (
        <ErrorState title="Could not load the instances" message={q.error.message} />
      ) : q.data.items.length === 0 ? (
        <EmptyState
          title={debounced ? 'No instance matches' : 'No instances yet'}
          description="An instance is one user's own MCP URL on this config; create one from the user's page."
        />
      ) : (
        <>
          <Table>
            <THead>
              <Tr>
                <Th>User</Th>
                <Th>State</Th>
                <Th>Last used</Th>
                <Th className="hidden md:table-cell">Instance</Th>
              </Tr>
            </THead>
            <TBody>
              {q.data.items.map((i) => (
                <Tr key={i.id}>
                  <Td>
                    <Link className="underline" href={`/users/${encodeURIComponent(i.userIdentifier)}`}>
                      {i.userIdentifier}
                    </Link>
                  </Td>
                  <Td>
                    <Badge tone={i.ready ? 'success' : 'warning'}>{i.ready ? 'ready' : 'not ready'}</Badge>
                  </Td>
                  <Td>{i.lastUsedAt ? <RelativeTime iso={i.lastUsedAt} past /> : 'never'}</Td>
                  <Td className="hidden md:table-cell text-zinc-500">{i.id}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <div className="flex justify-end gap-2 px-4 py-3">
            <Button
              size="sm"
              variant="secondary"
              disabled={tokens.length === 1}
              onClick={() => setTokens((t) => t.slice(0, -1))}
            >
              Previous
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={!q.data.nextPageToken}
              onClick={() => setTokens((t) => [...t, q.data.nextPageToken])}
            >
              Next
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
