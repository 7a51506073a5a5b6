'use client';

import { localDateTime, relativeFormat } from './date-formats';
import { useNow } from './use-now';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

export function formatRelative(iso: string, now = Date.now()): string {
  const diff = Date.parse(iso) - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'second') return relativeFormat.format(Math.round(diff / ms), unit);
  }
  return '';
}

/**
 * "3 minutes ago", kept fresh (every 15 s, on the shared clock), with the exact time on hover; the server
 * renders the absolute time. `past`: the time is an event that happened, so a value newer than the clock's
 * last 15-second step reads "now", never "in 4 seconds".
 */
export function RelativeTime({ iso, past = false }: { iso: string; past?: boolean }) {
  const now = useNow(15_000);
  return (
    <time dateTime={iso} title={localDateTime.format(new Date(iso))} suppressHydrationWarning>
      {now === null
        ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16)
        : formatRelative(past ? new Date(Math.min(Date.parse(iso), now)).toISOString() : iso, now)}
    </time>
  );
}
