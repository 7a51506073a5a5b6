'use client';

import type { ReactNode } from 'react';
import { toast, Toaster } from 'sonner';

export interface ToastApi {
  success(message: string): void;
  error(message: string): void;
  info(message: string): void;
}

// Success and info fade after a few seconds; an error stays until its close button is pressed, because the
// person may be away or need to copy the message. Hovering (or focusing) the stack pauses every timer.
const SUCCESS_MS = 5000;

const api: ToastApi = {
  success: (message) => toast.success(message, { duration: SUCCESS_MS }),
  info: (message) => toast.info(message, { duration: SUCCESS_MS }),
  error: (message) => toast.error(message, { duration: Infinity }),
};

/**
 * Toasts on sonner: a polite live region announces each one, every toast has a close button, at most three
 * show at once (the rest stack behind and expand on hover).
 *
 * Bottom right, lifted clear of the editor's sticky save bar: a page's heading is at the top, so no stack of
 * toasts reaches it, and an error that stays does not sit on the Save button or the pagers. A dialog is drawn
 * in the browser's top layer, above every toast, so none can cover its buttons.
 */
const OFFSET = { bottom: '5rem', right: '1.5rem' };
const MOBILE_OFFSET = { bottom: '5rem', right: '1rem', left: '1rem' };

export function ToastProvider({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster
        position="bottom-right"
        offset={OFFSET}
        mobileOffset={MOBILE_OFFSET}
        closeButton
        richColors
        theme="system"
        visibleToasts={3}
        containerAriaLabel="Notifications"
        toastOptions={{ closeButtonAriaLabel: 'Dismiss notification' }}
      />
    </>
  );
}

/** The toast API. Still a hook so callers stay as they were, though sonner's store needs no React context. */
export function useToast(): ToastApi {
  return api;
}
