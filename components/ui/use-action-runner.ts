'use client';

import { useCallback, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/request/action-result';
import { useToast, type ToastApi } from './toast';

interface ResultOptions<T> {
  success?: string | ((data: T) => string);
  /**
   * The caller shows a failure itself (`error`, `fieldErrors`): in a dialog, which the browser draws above every
   * toast, an error toast would wait unseen behind it and show up after the dialog is gone.
   */
  inlineErrors?: boolean;
}

/** Turns an action result into a toast (success or error); returns the field errors for inline display. */
export function handleActionResult<T>(
  result: ActionResult<T>,
  toast: ToastApi,
  opts: ResultOptions<T> = {},
): Record<string, string[]> | undefined {
  if (result.ok) {
    const msg = typeof opts.success === 'function' ? opts.success(result.data) : opts.success;
    if (msg) toast.success(msg);
    return undefined;
  }
  if (!opts.inlineErrors) toast.error(result.error);
  return result.fieldErrors;
}

/** Runs a server action with pending state, toasts and field errors: the one client helper for actions. */
export function useActionRunner<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  opts: ResultOptions<T> & { onSuccess?: (data: T) => void } = {},
) {
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>();
  const [error, setError] = useState<string>();
  const run = useCallback(
    (input: I) =>
      new Promise<ActionResult<T>>((resolve) => {
        startTransition(async () => {
          const result = await action(input);
          setFieldErrors(handleActionResult(result, toast, opts));
          setError(result.ok ? undefined : result.error);
          if (result.ok) opts.onSuccess?.(result.data);
          resolve(result);
        });
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [action, toast],
  );
  return { run, pending, fieldErrors, error };
}
