'use client';

import { useMemo, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/states';

const SHOWN = 50; // a long catalog is searched, not scrolled

/** The connection's tools in the catalog: searchable by name or description, the first 50 matches shown. */
export function ConnectionTools({
  tools,
}: {
  tools: { name: string; description: string; readOnly: boolean }[];
}) {
  const [q, setQ] = useState('');
  const matches = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return needle
      ? tools.filter(
          (t) => t.name.toLowerCase().includes(needle) || t.description.toLowerCase().includes(needle),
        )
      : tools;
  }, [q, tools]);
  return (
    <Card>
      <CardHeader
        title="Tools"
        description={`${tools.length} in the catalog${matches.length > SHOWN ? `; showing ${SHOWN} of ${matches.length} matching` : ''}`}
      />
      <div className="px-5 py-3">
        <label className="text-sm">
          <span className="sr-only">Search tools</span>
          <Input
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Search tools"
            maxLength={200}
          />
        </label>
      </div>
      {matches.length ? (
        // Scrolls on its own: focusable so a keyboard user can scroll it too.
        <ul
          tabIndex={0}
          aria-label="Tools"
          className="max-h-96 divide-y divide-zinc-100 overflow-y-auto px-5 pb-3 text-sm dark:divide-zinc-800"
        >
          {matches.slice(0, SHOWN).map((t) => (
            <li key={t.name} className="py-2">
              <span className="break-all font-mono">{t.name}</span>{' '}
              {t.readOnly && <Badge tone="info">read-only</Badge>}
              {t.description && <p className="mt-0.5 line-clamp-2 text-zinc-500">{t.description}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={tools.length ? 'No tools match' : 'No tools in the catalog for this connection'} />
      )}
    </Card>
  );
}
