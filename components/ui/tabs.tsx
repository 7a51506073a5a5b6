'use client';

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { buttonClass } from './button';
import { cn } from './cn';

export interface TabItem<T extends string> {
  value: T;
  label: ReactNode;
}

const LOOKS = {
  // Filters over a list (status, readiness, view).
  pills: (selected: boolean) => buttonClass(selected ? 'primary' : 'ghost', 'sm'),
  // Alternative contents of one panel (client snippets).
  underline: (selected: boolean) =>
    cn(
      '-mb-px border-b-2 px-3 py-2 text-sm',
      selected
        ? 'border-indigo-600 font-medium text-indigo-700 dark:text-indigo-300'
        : 'border-transparent text-zinc-500',
    ),
};

/**
 * A row of tabs as the WAI-ARIA tabs pattern has them, with selection following focus: the row is one tab
 * stop, arrow keys (and Home/End) move between tabs and select. Hand-written rather than a library (Radix,
 * React Aria) because it is this small: every page that shows tabs loads and hydrates it before it responds.
 */
export function Tabs<T extends string>({
  label,
  items,
  value,
  onChange,
  look = 'pills',
  panelId,
  className,
}: {
  label: string;
  items: readonly TabItem<T>[];
  value: T;
  onChange: (value: T) => void;
  look?: keyof typeof LOOKS;
  /** The id of the element the tabs switch, when there is one. */
  panelId?: string;
  className?: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const prefix = useId();
  // If the value matches no tab, the first one takes the tab stop so the row stays reachable.
  const stop = Math.max(
    0,
    items.findIndex((t) => t.value === value),
  );
  const go = (i: number) => {
    const j = (i + items.length) % items.length;
    refs.current[j]?.focus();
    onChange(items[j]!.value);
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      className={cn(
        'flex flex-wrap gap-1',
        look === 'underline' && 'border-b border-zinc-200 dark:border-zinc-800',
        className,
      )}
    >
      {items.map((t, i) => {
        const selected = t.value === value;
        return (
          <button
            key={t.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={`${prefix}-${t.value}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={i === stop ? 0 : -1}
            className={LOOKS[look](selected)}
            onClick={() => onChange(t.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
