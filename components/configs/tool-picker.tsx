'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { PickerTool } from './queries';

const ROW = 36;
const LIST_HEIGHT = 288;

/**
 * Filters and ranks tools: rows whose name holds every word come first (catalog order kept), then rows that
 * match only once parameter names count, flagged so nobody wonders why `hubspot_threads_list` is there for
 * "contact". Pure, over lowercase indexes built once per catalog.
 */
export function rankTools<T extends { name: string }>(
  tools: T[],
  index: { name: string; params: string }[],
  query: string,
  only?: Set<string>,
): { tool: T; paramOnly: boolean }[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const byName: { tool: T; paramOnly: boolean }[] = [];
  const byParam: { tool: T; paramOnly: boolean }[] = [];
  tools.forEach((tool, i) => {
    if (only && !only.has(tool.name)) return;
    const { name, params } = index[i]!;
    if (words.every((w) => name.includes(w))) byName.push({ tool, paramOnly: false });
    else if (words.every((w) => name.includes(w) || params.includes(w)))
      byParam.push({ tool, paramOnly: true });
  });
  return byParam.length ? byName.concat(byParam) : byName;
}

/**
 * Chooses tools of one connection. Virtualized (the largest connector has 457 tools); the filter runs on a
 * deferred value so typing stays smooth. The list is one tab stop: arrow keys move the active row, space
 * toggles it (the active row is scrolled into view and outlined while the list has focus).
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
  const [selectedOnly, setSelectedOnly] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = useMemo(() => new Set(selected), [selected]);
  // Read-only, nobody is choosing: what the config has chosen is the point, so it comes first. While editing
  // the catalog order stays put, or a row would jump away from the pointer as it is ticked.
  const listed = useMemo(
    () =>
      readOnly ? [...tools].sort((a, b) => Number(chosen.has(b.name)) - Number(chosen.has(a.name))) : tools,
    [tools, readOnly, chosen],
  );
  const index = useMemo(
    () =>
      listed.map((t) => ({
        name: t.name.toLowerCase(),
        params: t.params
          .map((p) => p.name)
          .join(' ')
          .toLowerCase(),
      })),
    [listed],
  );
  const ranked = useMemo(
    () => rankTools(listed, index, deferred, selectedOnly ? chosen : undefined),
    [listed, index, deferred, selectedOnly, chosen],
  );
  const visible = ranked.map((r) => r.tool);
  const activeRow = Math.min(active, Math.max(0, ranked.length - 1));
  const known = useMemo(() => new Set(tools.map((t) => t.name)), [tools]);
  const missing = selected.filter((t) => !known.has(t));
  const scroller = useRef<HTMLDivElement>(null);
  const listId = useId();
  // TanStack Virtual returns fresh functions each render, which the React Compiler cannot memoize: it skips this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (visible[i]?.name === open ? ROW + 28 + visible[i].params.length * 22 : ROW),
    overscan: 8,
    // The list's height (h-72) before it is measured, so the server renders its first rows too.
    initialRect: { width: 0, height: LIST_HEIGHT },
  });
  const toggle = (name: string) =>
    onChange(chosen.has(name) ? selected.filter((t) => t !== name) : [...selected, name]);
  const move = (to: number) => {
    const next = Math.max(0, Math.min(ranked.length - 1, to));
    setActive(next);
    virtual.scrollToIndex(next, { align: 'auto' });
  };
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !ranked.length) return; // keys inside a row keep their own meaning
    const page = Math.max(1, Math.floor(288 / ROW) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeRow + 1,
      ArrowUp: activeRow - 1,
      PageDown: activeRow + page,
      PageUp: activeRow - page,
      Home: 0,
      End: ranked.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      move(moves[e.key]!);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      if (e.key === ' ' && !readOnly) toggle(ranked[activeRow]!.tool.name);
      else if (e.key === 'Enter') {
        const name = ranked[activeRow]!.tool.name;
        setOpen(open === name ? null : name);
      }
    }
  };

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
        <label className="flex items-center gap-1.5 text-xs">
          <input
            type="checkbox"
            checked={selectedOnly}
            onChange={(e) => {
              setSelectedOnly(e.target.checked);
              setActive(0);
            }}
          />
          Selected only
        </label>
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
        tabIndex={0}
        role="group"
        aria-label={`${connectionName} tools: arrow keys move, space toggles, enter shows parameters`}
        aria-activedescendant={ranked.length ? `${listId}-${activeRow}` : undefined}
        onKeyDown={onListKey}
        className="group/list h-72 overflow-auto rounded-md border border-zinc-200 outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-zinc-800"
        data-testid={`tool-list-${connectionName}`}
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((row) => {
            const { tool: t, paramOnly } = ranked[row.index]!;
            const expanded = open === t.name;
            const isActive = row.index === activeRow;
            const picked = chosen.has(t.name);
            return (
              <div
                key={t.name}
                id={`${listId}-${row.index}`}
                ref={virtual.measureElement}
                data-index={row.index}
                data-active={isActive || undefined}
                onMouseDown={() => setActive(row.index)}
                className={`absolute inset-x-0 border-b border-zinc-100 px-3 dark:border-zinc-800 ${
                  readOnly && picked ? 'bg-indigo-50/70 dark:bg-indigo-500/10' : ''
                } ${
                  isActive
                    ? 'group-focus-visible/list:bg-indigo-50 group-focus-visible/list:outline-2 group-focus-visible/list:-outline-offset-2 group-focus-visible/list:outline-indigo-500 dark:group-focus-visible/list:bg-indigo-500/10'
                    : ''
                }`}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <div className="flex h-9 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    aria-label={t.name}
                    checked={picked}
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
                  {/* A disabled checkbox is drawn grey, ticked or not: read-only, the choice is said in words. */}
                  {readOnly && picked && <Badge tone="info">chosen</Badge>}
                  {paramOnly && <Badge tone="neutral">matched a parameter</Badge>}
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
        {visible.length === 0 && (
          <p className="p-4 text-sm text-zinc-500">
            {selectedOnly && !deferred ? 'No tools selected yet.' : `No tool matches “${deferred}”.`}
          </p>
        )}
      </div>
    </div>
  );
}
