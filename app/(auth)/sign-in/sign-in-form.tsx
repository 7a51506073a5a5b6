'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { useRequiredFields } from '@/components/ui/use-required-fields';
import { EMPTY } from '@/lib/wire/empty-messages';
import { signInWithPassword, type SignInState } from './actions';

const REQUIRED = { email: EMPTY.email, password: EMPTY.password };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  const required = useRequiredFields(REQUIRED, state.fieldErrors);
  return (
    <form action={action} onSubmit={required.onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Email" htmlFor="email" errors={required.errors('email')}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          required
          autoFocus
        />
      </Field>
      <Field label="Password" htmlFor="password" errors={required.errors('password')}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      {state.error && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {state.error}
        </p>
      )}
      <Button type="submit" className="w-full" loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
