'use client';

import { useEnvironment } from '@/components/environments/environment-context';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConnectLinkButton } from '@/components/connect-links/connect-link-dialog';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RelativeTime } from '@/components/ui/relative-time';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { useToast } from '@/components/ui/toast';
import type { AccountView } from '@/lib/accounts/rows';
import { deleteInstanceAction } from '@/lib/instances/actions/delete-instance';
import { ensureInstanceAction } from '@/lib/instances/actions/ensure-instance';
import { revealInstanceUrlAction } from '@/lib/instances/actions/reveal-instance-url';
import { instanceStatuses, type InstanceView } from '@/lib/instances/schema';
import { isReady } from '@/lib/readiness/is-ready';
import { instanceKeys, userInstancesQuery } from './queries';

/**
 * The user's instance of one config. Its live state comes from `accounts`, the user page's polled account list
 * (the same rule, cache and upstream call as the connection rows), so showing it costs nothing extra. The URL
 * is never on the page: an admin's reveal or copy fetches it through an audited admin action at click time.
 */
export function InstancePanel({
  identifier,
  config,
  accounts,
  canWrite,
  canLinks,
}: {
  identifier: string;
  config: { id: string; name: string; mappings: { connectionName: string }[] };
  accounts: AccountView[];
  canWrite: boolean;
  canLinks: boolean;
}) {
  const queryClient = useQueryClient();
  const q = useQuery(userInstancesQuery(useEnvironment(), identifier));
  const refresh = () => queryClient.invalidateQueries({ queryKey: instanceKeys.user(identifier) });
  const ensure = useActionRunner(ensureInstanceAction, {
    success: 'Instance ready to hand out',
    onSuccess: refresh,
  });
  const instance = q.data?.items.find((i) => i.configId === config.id);

  return (
    <div
      data-testid={`instance-${config.name}`}
      className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800"
    >
      <span className="font-medium">MCP instance</span>
      {q.isPending ? (
        <span className="text-zinc-500">Loading…</span>
      ) : q.isError ? (
        <span className="text-red-600">Could not load instances: {q.error.message}</span>
      ) : instance ? (
        <InstanceDetails
          instance={instance}
          ready={isReady(instanceStatuses(config.mappings, accounts))}
          identifier={identifier}
          configName={config.name}
          canWrite={canWrite}
          canLinks={canLinks}
          onDeleted={refresh}
        />
      ) : (
        <>
          <span className="text-zinc-500">None: this user has no instance URL for {config.name}.</span>
          {canWrite && (
            <Button
              size="sm"
              variant="secondary"
              loading={ensure.pending}
              onClick={() => void ensure.run({ configId: config.id, identifier })}
            >
              Ensure instance
            </Button>
          )}
        </>
      )}
    </div>
  );
}

function InstanceDetails({
  instance,
  ready,
  identifier,
  configName,
  canWrite,
  canLinks,
  onDeleted,
}: {
  instance: InstanceView;
  ready: boolean;
  identifier: string;
  configName: string;
  canWrite: boolean;
  canLinks: boolean;
  onDeleted: () => void;
}) {
  const toast = useToast();
  const [shown, setShown] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const reveal = useActionRunner(revealInstanceUrlAction, { onSuccess: (d) => setShown(d.url) });
  const copy = useActionRunner(revealInstanceUrlAction, {
    onSuccess: (d) =>
      void navigator.clipboard.writeText(d.url).then(
        () => toast.success('Instance URL copied: treat it as a password'),
        () => toast.error('The browser refused the clipboard: use Reveal and copy it by hand'),
      ),
  });
  const del = useActionRunner(deleteInstanceAction, {
    success: 'Instance deleted',
    onSuccess: () => {
      setConfirming(false);
      onDeleted();
    },
  });
  return (
    <>
      <Badge tone={ready ? 'success' : 'warning'}>{ready ? 'ready' : 'not ready'}</Badge>
      <span className="text-zinc-500">
        {instance.id} · last used{' '}
        {instance.lastUsedAt ? <RelativeTime iso={instance.lastUsedAt} past /> : 'never'}
      </span>
      {canWrite && (
        <code
          data-testid="instance-url"
          className="max-w-full truncate rounded bg-zinc-100 px-1.5 py-0.5 text-xs dark:bg-zinc-800"
        >
          {shown ?? instance.maskedUrl}
        </code>
      )}
      <span className="ml-auto flex flex-wrap gap-2">
        {canLinks && !ready && (
          <ConnectLinkButton identifier={identifier} configId={instance.configId} configName={configName} />
        )}
        {canWrite && (
          <>
            <Button
              size="sm"
              variant="ghost"
              loading={reveal.pending}
              onClick={() => (shown ? setShown(null) : void reveal.run({ instanceId: instance.id }))}
            >
              {shown ? 'Hide URL' : 'Reveal URL'}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              loading={copy.pending}
              onClick={() => void copy.run({ instanceId: instance.id })}
            >
              Copy URL
            </Button>
            <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>
              Delete instance
            </Button>
          </>
        )}
      </span>
      {canWrite && (
        <ConfirmDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title={`Delete ${identifier}'s instance of ${configName}?`}
          confirmLabel="Delete instance"
          typeToConfirm={identifier}
          pending={del.pending}
          onConfirm={() => void del.run({ instanceId: instance.id })}
        >
          Its URL stops working at once: any agent using it loses its tools mid-run. Ensuring again gives{' '}
          {identifier} a new URL, which you then have to hand out again.
        </ConfirmDialog>
      )}
    </>
  );
}
