import type { ReactNode } from 'react';
import { cn } from './cn';

/**
 * The row of buttons that ends a dialog, a form or a card: right-aligned, wrapping on a narrow screen.
 * `start` (a summary, a count) goes on the left, and the buttons stay on the right.
 */
export function Footer({
  children,
  start,
  className,
}: {
  children: ReactNode;
  start?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        'flex flex-wrap items-center gap-2',
        start === undefined ? 'justify-end' : 'justify-between',
        className,
      )}
    >
      {start}
      {start === undefined ? children : <span className="flex flex-wrap items-center gap-2">{children}</span>}
    </div>
  );
}
