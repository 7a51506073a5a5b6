import type { ReactNode } from 'react';
import { cn } from './cn';

const tones = {
  success: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-300',
  danger: 'bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-500/10 dark:text-red-300',
  info: 'bg-indigo-50 text-indigo-700 ring-indigo-600/20 dark:bg-indigo-500/10 dark:text-indigo-300',
  neutral: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-300',
};
export type Tone = keyof typeof tones;

export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

const STATUS_TONE: Record<string, Tone> = {
  ACTIVE: 'success',
  PENDING_AUTH: 'warning',
  PENDING_VERIFICATION: 'warning',
  EXPIRED: 'danger',
  DISCONNECTED: 'danger',
};
const STATUS_LABEL: Record<string, string> = {
  ACTIVE: 'Active',
  PENDING_AUTH: 'Pending auth',
  PENDING_VERIFICATION: 'Pending verification',
  EXPIRED: 'Expired',
  DISCONNECTED: 'Disconnected',
};

/** A connected account's status; null means the user has not connected yet. */
export function StatusBadge({ status }: { status: string | null }) {
  if (!status) return <Badge tone="neutral">Not connected</Badge>;
  return <Badge tone={STATUS_TONE[status] ?? 'neutral'}>{STATUS_LABEL[status] ?? status}</Badge>;
}
