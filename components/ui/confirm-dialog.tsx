'use client';

import { useId, useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { Field, Input } from './field';
import { Footer } from './footer';

/**
 * "Are you sure?" for a destructive step. With `typeToConfirm`, the confirm button stays disabled until that
 * exact text is typed (case and spaces count), and `onConfirm` receives it so the server can check it again.
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  pending = false,
  tone = 'danger',
  typeToConfirm,
  errors,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** What happens, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: (typed: string) => void;
  pending?: boolean;
  tone?: 'danger' | 'primary';
  typeToConfirm?: string;
  /** Field errors for the typed text, from a failed action. */
  errors?: string[];
}) {
  const inputId = useId();
  const [typed, setTyped] = useState('');
  // A fresh start each time it opens: a half-typed name from last time must not count.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setTyped('');
  }
  const matches = typeToConfirm === undefined || typed === typeToConfirm;
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (matches) onConfirm(typed);
        }}
      >
        <div
          // Typed confirmation guards what cannot be undone: its warning reads in red.
          className={
            typeToConfirm !== undefined
              ? 'text-sm text-red-700 dark:text-red-400'
              : 'text-sm text-zinc-600 dark:text-zinc-400'
          }
        >
          {children}
        </div>
        {typeToConfirm !== undefined && (
          <Field label={`Type ${typeToConfirm} to confirm`} htmlFor={inputId} errors={errors}>
            <Input
              id={inputId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
        )}
        <Footer>
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant={tone} loading={pending} disabled={!matches}>
            {confirmLabel}
          </Button>
        </Footer>
      </form>
    </Dialog>
  );
}
