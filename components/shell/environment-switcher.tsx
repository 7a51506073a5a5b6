'use client';

import { usePathname, useRouter } from 'next/navigation';
import { sameplaceIn } from '@/lib/environments/paths';
import { cn } from '@/components/ui/cn';
import type { ShellEnvironment } from './shell-types';

/**
 * Switches environment and keeps the current page where it exists there (`sameplaceIn`). Production is marked in
 * the list and on the control itself, so no one edits it by mistake.
 */
export function EnvironmentSwitcher({
  environments,
  current,
}: {
  environments: ShellEnvironment[];
  current: string | null;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const names = environments.map((e) => e.name);
  const production = environments.find((e) => e.name === current)?.production ?? false;
  if (environments.length === 0) return null;
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm">
      <span className="sr-only sm:not-sr-only sm:text-zinc-500">Environment</span>
      <select
        aria-label="Environment"
        data-testid="environment-switcher"
        value={current ?? ''}
        onChange={(e) => router.push(sameplaceIn(e.target.value, pathname, names))}
        className={cn(
          'h-9 min-w-0 rounded-md border bg-white px-2 font-medium dark:bg-zinc-900',
          production
            ? 'border-red-400 text-red-800 dark:border-red-700 dark:text-red-300'
            : 'border-zinc-300 dark:border-zinc-700',
        )}
      >
        {current === null && <option value="">Choose…</option>}
        {environments.map((e) => (
          <option key={e.name} value={e.name}>
            {e.name}
            {e.production ? ' (production)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
