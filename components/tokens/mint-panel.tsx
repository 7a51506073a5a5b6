'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import dynamic from 'next/dynamic';
import { ACCESS_LEVELS, type AccessLevel } from '@/lib/scalekit/types';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { useRequiredFields } from '@/components/ui/use-required-fields';
import { EMPTY } from '@/lib/wire/empty-messages';
import { mintTokenAction } from '@/lib/tokens/actions/mint-token';
import { EXPIRY_PRESETS } from '@/lib/tokens/expiry-presets';
import { readinessQuery } from '@/components/readiness/queries';
import { ReadinessPanel } from '@/components/readiness/readiness-panel';
import { identifiersQuery } from './queries';
import type { MintedToken } from './token-result';
import { useDebounced } from '@/components/ui/use-debounced';

// Shown only after a mint or once a user is chosen: their code (snippets, schema forms) loads on demand. The token
// result renders on the server too, for a mint submitted before JavaScript has loaded.
const TokenResult = dynamic(() => import('./token-result').then((m) => m.TokenResult));
const PreviewPanel = dynamic(() => import('./preview-panel').then((m) => m.PreviewPanel), { ssr: false });

const REQUIRED = { configId: EMPTY.configId, identifier: EMPTY.identifier };

/**
 * Mint a session token for a config and a user: a `<form action>`, so it works before (or without) JavaScript;
 * with it, the user's readiness shows while typing and preview-as-user opens once they are ready. Scalekit refuses
 * a user who is not ready, and the form says so.
 */
export function MintPanel({ configs }: { configs: { id: string; name: string }[] }) {
  const router = useRouter();
  const [configId, setConfigId] = useState(configs[0]?.id ?? '');
  const [identifier, setIdentifier] = useState('');
  const [expiry, setExpiry] = useState('3600');
  const [accessLevel, setAccessLevel] = useState<AccessLevel>('FULL');
  const who = useDebounced(identifier.trim(), 300);
  const env = useEnvironment();
  const suggestions = useQuery(identifiersQuery(env, who));
  const readiness = useQuery(readinessQuery(env, configId, who));
  const mint = useFormAction(mintTokenAction, {
    success: 'Token minted',
    onSuccess: () => router.refresh(), // the ledger below now has this mint
  });
  const required = useRequiredFields(REQUIRED, mint.fieldErrors);
  const minted: MintedToken | null = mint.state?.ok ? mint.state.data : null;
  const ready = readiness.data?.ready === true && who === identifier.trim();
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Mint a session token"
          description="For debugging an agent run: the same token your app mints before each run."
        />
        <form action={mint.formAction} onSubmit={required.onSubmit} className="grid gap-4 p-5 md:grid-cols-2">
          <Field label="Config" htmlFor="config" errors={required.errors('configId')}>
            <Select
              id="config"
              name="configId"
              value={configId}
              onChange={(e) => setConfigId(e.target.value)}
            >
              {configs.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="User identifier"
            htmlFor="identifier"
            hint="Type 3+ characters for suggestions from known accounts"
            errors={required.errors('identifier')}
          >
            <Input
              id="identifier"
              name="identifier"
              list="identifier-options"
              value={identifier}
              onChange={(e) => setIdentifier(e.target.value)}
              autoComplete="off"
              placeholder="alice@example.com"
            />
            <datalist id="identifier-options">
              {suggestions.data?.identifiers.map((i) => (
                <option key={i} value={i} />
              ))}
            </datalist>
          </Field>
          <Field
            label="Expiry"
            htmlFor="expiry"
            hint="60 seconds to 24 hours"
            errors={mint.fieldErrors?.expirySeconds}
          >
            <Select
              id="expiry"
              name="expirySeconds"
              value={expiry}
              onChange={(e) => setExpiry(e.target.value)}
            >
              {EXPIRY_PRESETS.map((p) => (
                <option key={p.seconds} value={p.seconds}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset className="space-y-1.5">
            <legend className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Access level</legend>
            <div className="flex gap-4 pt-1 text-sm">
              {ACCESS_LEVELS.map((l) => (
                <label key={l} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="accessLevel"
                    value={l}
                    checked={accessLevel === l}
                    onChange={() => setAccessLevel(l)}
                  />
                  {l === 'FULL' ? 'Full' : 'Read-only tools only'}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="md:col-span-2">
            {configId && who ? (
              <ReadinessPanel configId={configId} identifier={who} />
            ) : (
              <p className="text-sm text-zinc-500">
                Pick a config and a user to see whether every connection is ready.
              </p>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-3 md:col-span-2">
            <Button type="submit" loading={mint.pending}>
              Mint token
            </Button>
            {mint.error && (
              <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                {mint.error}
              </p>
            )}
          </div>
        </form>
      </Card>
      {minted && <TokenResult minted={minted} />}
      {configId && who && ready && (
        <PreviewPanel
          key={`${configId}|${who}|${accessLevel}`}
          configId={configId}
          identifier={who}
          accessLevel={accessLevel}
        />
      )}
    </div>
  );
}
