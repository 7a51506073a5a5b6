'use client';

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  const t = setInterval(onChange, 1000);
  return () => clearInterval(t);
}
const nowSeconds = () => Math.floor(Date.now() / 1000);

export function formatRemaining(seconds: number): string {
  if (seconds <= 0) return 'expired';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}h ${m}m` : m ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}

/** Time left until `iso`, ticking every second. */
export function Countdown({ iso }: { iso: string }) {
  const now = useSyncExternalStore(subscribe, nowSeconds, () => 0);
  const left = Math.floor(Date.parse(iso) / 1000) - now;
  return (
    <span className={left <= 60 ? 'text-amber-600' : undefined} data-testid="countdown">
      {now === 0 ? '…' : formatRemaining(left)}
    </span>
  );
}
