'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Footer } from '@/components/ui/footer';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { createConnectLinkAction } from '@/lib/connect-links/actions/create-connect-link';
import { type Lifetime, LifetimePicker } from './lifetime-picker';
import { LinkResult } from './link-result';

/** A signed link for the end user to authorize every pending connection of one config, by any channel. */
export function ConnectLinkButton({
  identifier,
  configId,
  configName,
}: {
  identifier: string;
  configId: string;
  configName: string;
}) {
  const [open, setOpen] = useState(false);
  const [lifetime, setLifetime] = useState<Lifetime>('1d');
  const [made, setMade] = useState<{ url: string; expiresAt: string } | null>(null);
  const runner = useActionRunner(createConnectLinkAction, {
    success: 'Connect link created',
    onSuccess: (d) => setMade({ url: d.url, expiresAt: d.expiresAt }),
  });
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Create connect link
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Connect link for ${identifier}`}>
        <div className="space-y-4 text-sm">
          <p className="text-zinc-600 dark:text-zinc-400">
            {identifier} opens it without a console account, sees the connections of <b>{configName}</b> and
            authorizes each pending one. Anyone holding the link can do that for this user until it expires,
            so send it only to them.
          </p>
          <LifetimePicker value={lifetime} onChange={setLifetime} />
          {made && <LinkResult url={made.url} expiresAt={made.expiresAt} label="connect link" />}
          <Footer>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Close
            </Button>
            <Button
              loading={runner.pending}
              onClick={() => void runner.run({ identifier, configId, lifetime })}
            >
              {made ? 'Create another' : 'Create link'}
            </Button>
          </Footer>
        </div>
      </Dialog>
    </>
  );
}
