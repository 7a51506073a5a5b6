'use client';

import type { ReactNode } from 'react';
import { Button } from './button';
import { cn } from './cn';

export function Skeleton({ className }: { className?: string }) {
  return (
    <div className={cn('animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800', className)} aria-hidden />
  );
}

export function EmptyState({
  title,
  description,
  action,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 px-6 py-12 text-center">
      <p className="text-sm font-medium">{title}</p>
      {description && <p className="max-w-md text-sm text-zinc-500">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}

export function ErrorState({
  title = 'Something went wrong',
  message,
  retry,
}: {
  title?: string;
  message?: string;
  retry?: () => void;
}) {
  return (
    <div role="alert" className="flex flex-col items-center gap-2 px-6 py-10 text-center">
      <p className="text-sm font-medium text-red-700 dark:text-red-400">{title}</p>
      {message && <p className="max-w-lg text-sm text-zinc-500">{message}</p>}
      {retry && (
        <Button variant="secondary" size="sm" onClick={retry} className="mt-2">
          Try again
        </Button>
      )}
    </div>
  );
}
