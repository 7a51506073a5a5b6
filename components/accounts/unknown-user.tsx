'use client';

import { useState } from 'react';
import { UserX } from 'lucide-react';
import { ConnectLinkButton } from '@/components/connect-links/connect-link-dialog';
import { Card } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { Link } from '@/components/ui/link';
import { envPath } from '@/lib/environments/paths';

/**
 * An identifier with no connected account (and no instance) in this environment: said plainly, so a typo does not
 * look like a customer with nothing connected. Offers the first connect link for a config of the person's
 * choosing, and names the other environments where the identifier does have accounts.
 */
export function UnknownUser({
  identifier,
  environment,
  configs,
  elsewhere,
  canLinks,
}: {
  identifier: string;
  environment: string;
  configs: { id: string; name: string }[];
  /** Other environments this person may open where the identifier has accounts. */
  elsewhere: string[];
  canLinks: boolean;
}) {
  const [configId, setConfigId] = useState(configs[0]?.id ?? '');
  const config = configs.find((c) => c.id === configId);
  return (
    <Card className="p-6" data-testid="unknown-user">
      <div className="flex items-start gap-3">
        <UserX className="mt-0.5 size-5 shrink-0 text-zinc-400" aria-hidden />
        <div className="min-w-0 space-y-2 text-sm">
          <h2 className="break-all text-base font-semibold">No connected account for {identifier}</h2>
          <p className="text-zinc-600 dark:text-zinc-400">
            Nobody with this identifier has connected anything in {environment}, and it has no MCP instance.
            Check the spelling (identifiers are matched exactly), or, if this is a new user, send them a first
            connect link.
          </p>
          {elsewhere.length > 0 && (
            <p data-testid="unknown-user-elsewhere">
              It has accounts in{' '}
              {elsewhere.map((env, i) => (
                <span key={env}>
                  {i > 0 && ', '}
                  <Link
                    className="font-medium underline"
                    href={envPath(env, `/users/${encodeURIComponent(identifier)}`)}
                  >
                    {env}
                  </Link>
                </span>
              ))}
              .
            </p>
          )}
          {canLinks && configs.length > 0 && (
            <div className="flex flex-wrap items-center gap-2 pt-2">
              <label className="flex items-center gap-2">
                <span className="text-zinc-500">Config</span>
                <Select value={configId} onChange={(e) => setConfigId(e.target.value)}>
                  {configs.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </label>
              {config && (
                <ConnectLinkButton identifier={identifier} configId={config.id} configName={config.name} />
              )}
            </div>
          )}
          {canLinks && configs.length === 0 && (
            <p className="text-zinc-500">Create an MCP config first: a connect link is for a config.</p>
          )}
          <p className="text-xs text-zinc-500">
            Their connections show here once they have one: reload after they connect.
          </p>
        </div>
      </div>
    </Card>
  );
}
