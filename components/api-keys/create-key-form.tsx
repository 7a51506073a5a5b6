'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Field, Input, Select } from '@/components/ui/field';
import { createApiKeyAction } from '@/lib/api-keys/actions/create-api-key';

type State = Awaited<ReturnType<typeof createApiKeyAction>> | null;

/** Creates a key; the key is shown here once and never again (only its hash is stored). */
export function CreateKeyForm({
  environments,
  lifetimes,
  roles,
}: {
  environments: string[];
  lifetimes: readonly number[];
  roles: readonly string[];
}) {
  const [state, action, pending] = useActionState<State, FormData>(createApiKeyAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      {state?.ok && (
        <div
          role="status"
          className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm dark:border-emerald-900 dark:bg-emerald-950"
        >
          <p className="font-medium">Key {state.data.name} created. Copy it now: it is shown only once.</p>
          <div className="flex items-center gap-2">
            <code
              className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs dark:bg-zinc-900"
              data-testid="new-api-key"
            >
              {state.data.key}
            </code>
            <CopyButton value={state.data.key} label="Copy key" />
          </div>
          <p className="text-xs text-zinc-500">
            Use it as MCP_CONSOLE_API_KEY (a CI secret) with npx mcp-console.
          </p>
        </div>
      )}
      <form action={action} className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor="key-name" hint="What uses it, e.g. ci-deploy" errors={errors?.name}>
          <Input id="key-name" name="name" required maxLength={60} />
        </Field>
        <Field label="Role" htmlFor="key-role" hint="No higher than your own" errors={errors?.role}>
          <Select id="key-role" name="role" defaultValue="support">
            {roles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </Select>
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Environments</legend>
          {environments.map((e) => (
            <label key={e} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="environments"
                value={e}
                defaultChecked={environments.length === 1}
              />{' '}
              {e}
            </label>
          ))}
          {errors?.environments?.map((m) => (
            <p key={m} className="text-xs text-red-600" role="alert">
              {m}
            </p>
          ))}
        </fieldset>
        <Field label="Expires after" htmlFor="key-expiry" errors={errors?.expiresInDays}>
          <Select id="key-expiry" name="expiresInDays" defaultValue="90">
            {lifetimes.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2">
          {state && !state.ok && (
            <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-300">
              {state.error}
            </p>
          )}
          <Button type="submit" disabled={pending}>
            {pending ? 'Creating…' : 'Create key'}
          </Button>
        </div>
      </form>
    </div>
  );
}
