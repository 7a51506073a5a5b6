'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { PickerTool } from './catalog-query';

const ROW = 36;

/**
 * Chooses tools of one connection. Virtualized (the largest connector has 457 tools); the filter matches tool
 * and parameter names from a lowercase index built once, and runs on a deferred value so typing stays smooth.
 */
export function ToolPicker({
  connectionName,
  tools,
  selected,
  onChange,
  readOnly,
}: {
  connectionName: string;
  tools: PickerTool[];
  selected: string[];
  onChange: (next: string[]) => void;
  readOnly?: boolean;
}) {
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const [open, setOpen] = useState<string | null>(null);
  const index = useMemo(
    () => tools.map((t) => `${t.name} ${t.params.map((p) => p.name).join(' ')}`.toLowerCase()),
    [tools],
  );
  const visible = useMemo(() => {
    const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return tools;
    return tools.filter((_, i) => words.every((w) => index[i].includes(w)));
  }, [tools, index, deferred]);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const known = useMemo(() => new Set(tools.map((t) => t.name)), [tools]);
  const missing = selected.filter((t) => !known.has(t));
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which the React Compiler cannot memoize: it skips this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (visible[i]?.name === open ? ROW + 28 + visible[i].params.length * 22 : ROW),
    overscan: 8,
  });
  const toggle = (name: string) =>
    onChange(chosen.has(name) ? selected.filter((t) => t !== name) : [...selected, name]);

  return (
    <div className="space-y-2">
      {missing.length > 0 && (
        <div
          role="alert"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-300"
        >
          {missing.length} selected tool{missing.length === 1 ? ' is' : 's are'} no longer in the catalog:{' '}
          {missing.join(', ')}.{' '}
          {!readOnly && (
            <button
              type="button"
              className="underline"
              onClick={() => onChange(selected.filter((t) => known.has(t)))}
            >
              Remove {missing.length === 1 ? 'it' : 'them'}
            </button>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Input
          className="max-w-xs"
          placeholder="Filter tools and parameters"
          aria-label={`Filter ${connectionName} tools`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="text-xs text-zinc-500" data-testid={`shown-${connectionName}`}>
          {visible.length} shown · {selected.length - missing.length} of {tools.length} selected
        </span>
        {!readOnly && (
          <span className="ml-auto flex gap-1">
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() => onChange([...new Set([...selected, ...visible.map((t) => t.name)])])}
            >
              Select all{filter ? ' shown' : ''}
            </Button>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() => {
                const hide = new Set(visible.map((t) => t.name));
                onChange(selected.filter((t) => !hide.has(t)));
              }}
            >
              Clear{filter ? ' shown' : ' all'}
            </Button>
          </span>
        )}
      </div>
      <div
        ref={scroller}
        className="h-72 overflow-auto rounded-md border border-zinc-200 dark:border-zinc-800"
        data-testid={`tool-list-${connectionName}`}
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((row) => {
            const t = visible[row.index];
            const expanded = open === t.name;
            return (
              <div
                key={t.name}
                ref={virtual.measureElement}
                data-index={row.index}
                className="absolute inset-x-0 border-b border-zinc-100 px-3 dark:border-zinc-800"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <div className="flex h-9 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    aria-label={t.name}
                    checked={chosen.has(t.name)}
                    disabled={readOnly}
                    onChange={() => toggle(t.name)}
                    className="size-4"
                  />
                  <button
                    type="button"
                    className="flex min-w-0 flex-1 items-center gap-1 text-left"
                    onClick={() => setOpen(expanded ? null : t.name)}
                    aria-expanded={expanded}
                  >
                    {expanded ? (
                      <ChevronDown className="size-3.5 shrink-0" aria-hidden />
                    ) : (
                      <ChevronRight className="size-3.5 shrink-0" aria-hidden />
                    )}
                    <span className="truncate font-mono text-xs">{t.name}</span>
                  </button>
                  {t.readOnly && <Badge tone="success">read</Badge>}
                </div>
                {expanded && (
                  <div className="pb-2 pl-6 text-xs text-zinc-600 dark:text-zinc-400">
                    <p className="mb-1">{t.description}</p>
                    {t.params.length === 0 ? (
                      <p>No parameters.</p>
                    ) : (
                      t.params.map((p) => (
                        <p key={p.name} className="font-mono">
                          {p.name}: {p.type}
                          {p.required && <span className="text-red-600"> (required)</span>}
                        </p>
                      ))
                    )}
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {visible.length === 0 && <p className="p-4 text-sm text-zinc-500">No tool matches “{deferred}”.</p>}
      </div>
    </div>
  );
}
