import { CircleAlert, CircleCheck, CircleX } from 'lucide-react';
import { cn } from '@/components/ui/cn';
import type { Headline } from '@/lib/home/headline';

const LOOK = {
  healthy: {
    Icon: CircleCheck,
    cls: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-200',
  },
  degraded: {
    Icon: CircleAlert,
    cls: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-500/10 dark:text-amber-200',
  },
  failing: {
    Icon: CircleX,
    cls: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-500/10 dark:text-red-200',
  },
} as const;

/** The environment's one line (lib/home/headline.ts), on its overview and on its card on the console's home. */
export function EnvironmentHeadline({
  headline,
  compact = false,
}: {
  headline: Headline;
  compact?: boolean;
}) {
  const { Icon, cls } = LOOK[headline.state];
  return (
    <p
      role="status"
      data-testid="headline"
      data-state={headline.state}
      className={cn(
        'flex items-start gap-2 rounded-lg border text-sm',
        compact ? 'mt-3 px-3 py-2' : 'mb-4 px-4 py-3',
        cls,
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{headline.line}</span>
    </p>
  );
}
