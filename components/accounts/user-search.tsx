'use client';

import { useQuery } from '@tanstack/react-query';
import { Search, X } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { useDebounced } from '@/components/ui/use-debounced';
import { useFormAction } from '@/components/ui/use-form-action';
import { lookUpUserAction } from '@/lib/accounts/actions/look-up-user';
import { userSearchQuery } from './queries';
import { forgetLookups, useRecentLookups } from './recent-lookups';

const userHref = (identifier: string) => `/users/${encodeURIComponent(identifier)}`;

/**
 * Find a user by (part of) their identifier. Arrow keys highlight a suggestion and Enter opens it; with no
 * suggestion highlighted, Enter opens exactly what was typed.
 */
export function UserSearch() {
  const router = useRouter();
  const lookUp = useFormAction(lookUpUserAction);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useQuery(userSearchQuery(q));
  const recent = useRecentLookups();
  const short = text.trim().length > 0 && text.trim().length < 3;
  const [active, setActive] = useState<{ q: string; index: number }>({ q: '', index: -1 });
  const suggestions = q.length >= 3 && search.data ? search.data.users.map((u) => u.identifier) : [];
  // A highlight belongs to the result list it was made in: new results start with none.
  const activeIndex = active.q === q && active.index < suggestions.length ? active.index : -1;
  const move = (step: number) => {
    if (suggestions.length === 0) return;
    const next = activeIndex + step;
    setActive({ q, index: next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next });
  };
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <Card>
        <form
          action={lookUp.formAction}
          className="flex gap-2 border-b border-zinc-200 p-4 dark:border-zinc-800"
          onSubmit={(e) => {
            // A highlighted suggestion opens at once; what was typed goes through the action, which checks it
            // (and is all there is before JavaScript has loaded).
            if (activeIndex < 0) return;
            e.preventDefault();
            router.push(userHref(suggestions[activeIndex]!));
          }}
        >
          <label className="relative flex-1">
            <span className="sr-only">Search users</span>
            <Search
              className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-400"
              aria-hidden
            />
            <Input
              className="pl-8"
              name="identifier"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  move(e.key === 'ArrowDown' ? 1 : -1);
                } else if (e.key === 'Escape') setActive({ q, index: -1 });
              }}
              aria-activedescendant={activeIndex >= 0 ? `user-suggestion-${activeIndex}` : undefined}
              placeholder="Identifier, e.g. bob@example.com"
              aria-describedby="search-hint"
              autoFocus
              maxLength={255}
            />
          </label>
          <Button type="submit" loading={lookUp.pending}>
            Open
          </Button>
        </form>
        {lookUp.error && (
          <p role="alert" className="px-4 pt-3 text-sm text-red-700 dark:text-red-400">
            {lookUp.error}
          </p>
        )}
        <p id="search-hint" className="px-4 pt-3 text-xs text-zinc-500">
          {short
            ? 'Type at least 3 characters: Scalekit searches identifiers from 3 characters on.'
            : 'Searches identifiers of connected accounts (3+ characters). Arrow keys pick a suggestion; Enter opens it, or exactly what you typed.'}
        </p>
        <div className="p-2" aria-live="polite">
          {q.length < 3 ? null : search.isPending ? (
            <Skeleton className="m-2 h-16" />
          ) : search.isError ? (
            <ErrorState
              title="Search failed"
              message={search.error.message}
              retry={() => void search.refetch()}
            />
          ) : search.data.users.length === 0 ? (
            <EmptyState
              title={`No user matches “${q}”`}
              description="Users appear once they have a connected account. Press Enter to open the identifier anyway."
            />
          ) : (
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="search-results">
              {search.data.users.map((u, i) => (
                <li key={u.identifier}>
                  <Link
                    id={`user-suggestion-${i}`}
                    href={userHref(u.identifier)}
                    aria-current={i === activeIndex ? 'true' : undefined}
                    className={`flex flex-wrap items-center justify-between gap-2 rounded-md px-3 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/60 ${i === activeIndex ? 'bg-zinc-100 ring-2 ring-indigo-500 dark:bg-zinc-800' : ''}`}
                  >
                    <span className="min-w-0 break-all font-medium">{u.identifier}</span>
                    <span className="flex flex-wrap gap-1">
                      {u.accounts.slice(0, 6).map((a) => (
                        <span
                          key={a.connectionName}
                          className="flex items-center gap-1 text-xs text-zinc-500"
                        >
                          {a.connectionName} <StatusBadge status={a.status} />
                        </span>
                      ))}
                    </span>
                  </Link>
                </li>
              ))}
              {search.data.more && (
                <li className="px-3 py-2 text-xs text-zinc-500">
                  More users match: type more of the identifier.
                </li>
              )}
            </ul>
          )}
        </div>
      </Card>
      <Card className="self-start">
        <CardHeader
          title="Recent lookups"
          action={
            recent.length > 0 && (
              <Button size="sm" variant="ghost" onClick={forgetLookups} aria-label="Clear recent lookups">
                <X className="size-4" aria-hidden />
              </Button>
            )
          }
        />
        {recent.length === 0 ? (
          <p className="px-5 py-4 text-sm text-zinc-500">
            Users you open appear here (kept in this browser only).
          </p>
        ) : (
          <ul className="p-2" data-testid="recent-lookups">
            {recent.map((id) => (
              <li key={id}>
                <Link
                  href={userHref(id)}
                  className="block truncate rounded-md px-3 py-1.5 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
                >
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
