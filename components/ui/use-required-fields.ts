'use client';

import { useState, type FormEvent } from 'react';

/**
 * Says at once which required fields are empty when a form is submitted, instead of sending it for the server to
 * say the same a round trip later. The server still checks everything, and answers a form posted before
 * JavaScript has loaded. `messages`: field name -> what the server's schema says when that field is empty.
 *
 * `onSubmit` goes on the `<form>` beside its `action`: preventing the submit keeps React from running the action.
 * `errors(name)` is what to show for a field: the browser's finding from the last submit, else the server's.
 */
export function useRequiredFields(
  messages: Readonly<Record<string, string>>,
  serverErrors?: Record<string, string[] | undefined>,
) {
  const [missing, setMissing] = useState<Record<string, string[]>>({});
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const found: Record<string, string[]> = {};
    for (const [name, message] of Object.entries(messages))
      if (!String(form.get(name) ?? '').trim()) found[name] = [message];
    setMissing(found);
    if (Object.keys(found).length > 0) e.preventDefault();
  };
  const checked = Object.keys(missing).length > 0;
  return {
    onSubmit,
    errors: (name: string) => (checked ? missing[name] : serverErrors?.[name]),
  };
}
