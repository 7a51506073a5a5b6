'use client';

import { useSyncExternalStore } from 'react';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

export function formatRelative(iso: string, now = Date.now()): string {
  const diff = Date.parse(iso) - now;
  const fmt = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'second') return fmt.format(Math.round(diff / ms), unit);
  }
  return '';
}

// A shared 15-second clock: every RelativeTime re-renders together; the server renders the absolute time.
function subscribeClock(onChange: () => void) {
  const t = setInterval(onChange, 15_000);
  return () => clearInterval(t);
}
const clockSnapshot = () => Math.floor(Date.now() / 15_000) * 15_000;

/**
 * "3 minutes ago", kept fresh, with the exact time on hover. `past`: the time is an event that happened, so a
 * value newer than the shared clock's last tick reads "now", never "in 4 seconds".
 */
export function RelativeTime({ iso, past = false }: { iso: string; past?: boolean }) {
  const now = useSyncExternalStore(subscribeClock, clockSnapshot, () => null);
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()} suppressHydrationWarning>
      {now === null
        ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16)
        : formatRelative(past ? new Date(Math.min(Date.parse(iso), now)).toISOString() : iso, now)}
    </time>
  );
}
