import { ArrowLeftRight, CircleCheck, CircleHelp, CircleMinus, Diff, type LucideIcon } from 'lucide-react';
import { cn } from '@/components/ui/cn';
import type { ConfigCellState, ConnectionCellState } from '@/lib/compare/types';

type Look = { icon: LucideIcon; text: string; className: string };

const CONFIG: Record<ConfigCellState, Look> = {
  same: { icon: CircleCheck, text: 'Same', className: 'text-emerald-700 dark:text-emerald-400' },
  differs: { icon: Diff, text: 'Differs', className: 'text-amber-800 dark:text-amber-300' },
  missing: { icon: CircleMinus, text: 'Missing', className: 'text-red-700 dark:text-red-400' },
  unknown: { icon: CircleHelp, text: 'Unknown', className: 'text-zinc-500' },
};

const CONNECTION: Record<ConnectionCellState, Look> = {
  present: { icon: CircleCheck, text: 'Present', className: 'text-emerald-700 dark:text-emerald-400' },
  'other-connector': {
    icon: ArrowLeftRight,
    text: 'Other connector',
    className: 'text-amber-800 dark:text-amber-300',
  },
  missing: { icon: CircleMinus, text: 'Missing', className: 'text-red-700 dark:text-red-400' },
  unknown: { icon: CircleHelp, text: 'Unknown', className: 'text-zinc-500' },
};

function Label({ look, className }: { look: Look; className?: string }) {
  const Icon = look.icon;
  return (
    <span className={cn('inline-flex items-center gap-1 font-medium', look.className, className)}>
      <Icon className="size-4 shrink-0" aria-hidden />
      {look.text}
    </span>
  );
}

/** A config cell's state in words and an icon, never colour alone. */
export const ConfigStateLabel = ({ state }: { state: ConfigCellState }) => <Label look={CONFIG[state]} />;

export const ConnectionStateLabel = ({ state }: { state: ConnectionCellState }) => (
  <Label look={CONNECTION[state]} />
);
