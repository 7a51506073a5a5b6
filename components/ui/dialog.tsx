'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, type ButtonProps } from './button';

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays inside), Esc
 * closes it and the browser draws the backdrop. The title labels it, and focus goes back to whatever opened
 * it when it closes.
 *
 * Controlled (`open`, `onClose`) when script decides when it shows; or opened by a `DialogOpener` with the
 * platform's invoker commands (`commandfor`/`command`), which need no JavaScript: such a dialog works before the
 * page has hydrated, and its form submits without JavaScript at all.
 */
export function Dialog({
  id,
  open,
  onClose,
  shown,
  title,
  children,
}: {
  id?: string;
  open?: boolean;
  onClose?: () => void;
  /** Rendered open (not modal): a command dialog whose form the server answered without JavaScript. */
  shown?: boolean;
  title: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d || open === undefined) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    }
    if (!open && d.open) d.close();
    if (!open && opener.current) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      id={id}
      open={shown || undefined}
      onClose={onClose}
      aria-labelledby={titleId}
      className="m-auto w-[min(40rem,calc(100%-2rem))] rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
      </div>
      <div className="max-h-[70vh] overflow-auto px-5 py-4">{children}</div>
    </dialog>
  );
}

// Browsers without invoker commands (older than Chrome 135, Firefox 144, Safari 26.2) get the same from a click.
const commandsSupported = () =>
  typeof HTMLButtonElement !== 'undefined' && 'commandForElement' in HTMLButtonElement.prototype;

/** A button that opens (`show-modal`) or closes (`close`) the dialog with this id, with or without JavaScript. */
export function DialogCommand({
  dialogId,
  command,
  ...props
}: ButtonProps & { dialogId: string; command: 'show-modal' | 'close' }) {
  // Not React props: React passes unknown lowercase attributes to the element as they are.
  const attributes = { commandfor: dialogId, command } as Record<string, string>;
  return (
    <Button
      type="button"
      {...props}
      {...attributes}
      onClick={(e) => {
        props.onClick?.(e);
        if (commandsSupported()) return;
        const d = document.getElementById(dialogId) as HTMLDialogElement | null;
        if (command === 'close') d?.close();
        else if (!d?.open) d?.showModal();
      }}
    />
  );
}
