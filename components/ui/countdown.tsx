'use client';

import { useNow } from './use-now';

export function formatRemaining(seconds: number): string {
  if (seconds <= 0) return 'expired';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}h ${m}m` : m ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}

/** Time left until `iso`, ticking every second on the shared clock. */
export function Countdown({ iso }: { iso: string }) {
  const now = useNow(1000);
  const left = now === null ? null : Math.floor((Date.parse(iso) - now) / 1000);
  return (
    <span
      className={left !== null && left <= 60 ? 'text-amber-700 dark:text-amber-400' : undefined}
      data-testid="countdown"
    >
      {left === null ? '…' : formatRemaining(left)}
    </span>
  );
}
