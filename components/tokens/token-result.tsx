'use client';

import { useMemo, useState } from 'react';
import { Card, CardHeader } from '@/components/ui/card';
import { buildSnippets } from '@/lib/tokens/snippets';
import { Countdown } from '@/components/ui/countdown';
import { localDateTime } from '@/components/ui/date-formats';
import { SecretValue } from '@/components/ui/secret-value';
import { SnippetTabs } from '@/components/ui/snippet-tabs';

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
  const shown = revealed ? minted.token : mask(minted.token);
  const snippets = useMemo(
    () => buildSnippets({ serverUrl: minted.serverUrl, token: minted.token, configName: minted.configName }),
    [minted],
  );
  const display = useMemo(
    () => buildSnippets({ serverUrl: minted.serverUrl, token: shown, configName: minted.configName }),
    [minted, shown],
  );
  return (
    <Card>
      <CardHeader
        title="Session token"
        description={
          <>
            Shown once. Expires in <Countdown iso={minted.expiresAt} /> (
            {localDateTime.format(new Date(minted.expiresAt))}).
          </>
        }
      />
      <div className="space-y-5 p-5">
        <SecretValue
          value={minted.token}
          masked={mask(minted.token)}
          revealed={revealed}
          onToggle={() => setRevealed((r) => !r)}
          what="token"
          testId="token-value"
        />
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
        <SnippetTabs label="Client snippets" snippets={snippets} display={display} initial="typescript" />
      </div>
    </Card>
  );
}
