'use client';

import { Eye, EyeOff } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { CopyButton } from '@/components/ui/copy-button';
import { buildSnippets } from '@/lib/tokens/snippets';
import { Countdown } from '@/components/ui/countdown';

export interface MintedToken {
  token: string;
  expiresAt: string;
  serverUrl: string;
  configName: string;
  claims: { sub: string; aud: string; exp: number; iat: number; jti: string; accessLevel: string };
}

const mask = (t: string) => `${t.slice(0, 12)}${'•'.repeat(24)}${t.slice(-6)}`;

/** The token is shown once: masked until revealed; snippets are built from the same source as the tests run. */
export function TokenResult({ minted }: { minted: MintedToken }) {
  const [revealed, setRevealed] = useState(false);
  const [tab, setTab] = useState('typescript');
  const shown = revealed ? minted.token : mask(minted.token);
  const snippets = useMemo(
    () => buildSnippets({ serverUrl: minted.serverUrl, token: minted.token, configName: minted.configName }),
    [minted],
  );
  const display = useMemo(
    () => buildSnippets({ serverUrl: minted.serverUrl, token: shown, configName: minted.configName }),
    [minted, shown],
  );
  const current = snippets.find((s) => s.id === tab) ?? snippets[0];
  return (
    <Card>
      <CardHeader
        title="Session token"
        description={
          <>
            Shown once. Expires in <Countdown iso={minted.expiresAt} /> (
            {new Date(minted.expiresAt).toLocaleString()}).
          </>
        }
      />
      <div className="space-y-5 p-5">
        <div className="flex items-center gap-2">
          <code
            className="min-w-0 flex-1 break-all rounded-md bg-zinc-100 px-3 py-2 font-mono text-xs dark:bg-zinc-800"
            data-testid="token-value"
          >
            {shown}
          </code>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setRevealed((r) => !r)}
            aria-label={revealed ? 'Hide token' : 'Reveal token'}
          >
            {revealed ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
          </Button>
          <CopyButton value={minted.token} label="Copy token" />
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2" aria-label="Decoded claims">
          <div>
            <dt className="text-zinc-500">sub (identifier)</dt>
            <dd className="font-mono" data-testid="claim-sub">
              {minted.claims.sub}
            </dd>
          </div>
          <div>
            <dt className="text-zinc-500">access level</dt>
            <dd className="font-mono" data-testid="claim-access">
              {minted.claims.accessLevel}
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-zinc-500">aud (MCP server URL)</dt>
            <dd className="break-all font-mono" data-testid="claim-aud">
              {minted.claims.aud}
            </dd>
          </div>
          <div>
            <dt className="text-zinc-500">exp</dt>
            <dd className="font-mono">{new Date(minted.claims.exp * 1000).toISOString()}</dd>
          </div>
          <div>
            <dt className="text-zinc-500">token id (jti)</dt>
            <dd className="break-all font-mono">{minted.claims.jti}</dd>
          </div>
        </dl>
        <div>
          <div
            role="tablist"
            aria-label="Client snippets"
            className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
          >
            {snippets.map((s) => (
              <button
                key={s.id}
                role="tab"
                aria-selected={s.id === current.id}
                onClick={() => setTab(s.id)}
                className={cn(
                  '-mb-px border-b-2 px-3 py-2 text-sm',
                  s.id === current.id
                    ? 'border-indigo-600 font-medium text-indigo-700 dark:text-indigo-300'
                    : 'border-transparent text-zinc-500',
                )}
              >
                {s.label}
              </button>
            ))}
          </div>
          <div className="relative mt-3">
            <pre
              className="max-h-80 overflow-auto rounded-md bg-zinc-950 p-4 text-xs text-zinc-100"
              data-testid="snippet"
            >
              {display.find((s) => s.id === current.id)?.code}
            </pre>
            <div className="absolute right-2 top-2 rounded bg-zinc-800 text-zinc-100">
              <CopyButton value={current.code} label={`Copy ${current.label} snippet`} />
            </div>
          </div>
        </div>
      </div>
    </Card>
  );
}
