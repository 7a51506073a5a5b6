'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { ActionResult } from '@/lib/request/action-result';
import { useToast } from './toast';

type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * A `<form action>` over a server action (one made with `defineAction`, which accepts FormData): the form works
 * before JavaScript has loaded, or without it (the server runs the action and renders the page with its result);
 * with JavaScript the same form submits in place. The result is `state`, which the form shows inline (errors
 * included: they are not toasted twice); a success toast and `onSuccess` follow each success in the browser.
 */
export function useFormAction<T>(
  action: FormAction<T>,
  opts: { success?: string | ((data: T) => string); onSuccess?: (data: T) => void } = {},
) {
  const [state, formAction, pending] = useActionState(action, null);
  const toast = useToast();
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  useEffect(() => {
    if (!state?.ok) return;
    const { success, onSuccess } = latest.current;
    const message = typeof success === 'function' ? success(state.data) : success;
    if (message) toast.success(message);
    onSuccess?.(state.data);
  }, [state, toast]);
  return {
    state,
    formAction,
    pending,
    error: state && !state.ok ? state.error : undefined,
    fieldErrors: state && !state.ok ? state.fieldErrors : undefined,
  };
}
