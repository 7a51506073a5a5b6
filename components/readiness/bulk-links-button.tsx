'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Footer } from '@/components/ui/footer';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { bulkConnectLinksAction } from '@/lib/connect-links/actions/bulk-connect-links';
import type { GridFilter } from '@/lib/readiness/grid';
import { type Lifetime, LifetimePicker } from '@/components/connect-links/lifetime-picker';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

/** Connect links for every user in the current view who is not ready, downloaded as CSV for a mailer. */
export function BulkLinksButton({
  configId,
  configName,
  filter,
  q,
  notReady,
}: {
  configId: string;
  configName: string;
  filter: GridFilter;
  q: string;
  notReady: number;
}) {
  const [open, setOpen] = useState(false);
  const [lifetime, setLifetime] = useState<Lifetime>('7d');
  const runner = useActionRunner(bulkConnectLinksAction, {
    success: (d) => `Created ${d.count} connect links: the CSV is downloading`,
    onSuccess: (d) => {
      download(`${d.configName}-connect-links.csv`, d.csv);
      setOpen(false);
    },
  });
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} disabled={notReady === 0}>
        Connect links for not-ready users
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Bulk connect links for ${configName}`}>
        <div className="space-y-4 text-sm">
          <p className="text-zinc-600 dark:text-zinc-400">
            One signed link per user in the current view who is not ready
            {q ? ` (search “${q}”)` : ''}, as a CSV of identifier, link and expiry. The links are not stored:
            keep the file safe, anyone holding a link can authorize for that user until it expires.
          </p>
          <LifetimePicker value={lifetime} onChange={setLifetime} />
          <Footer>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              loading={runner.pending}
              onClick={() => void runner.run({ configId, filter, q, lifetime })}
            >
              Create and download
            </Button>
          </Footer>
        </div>
      </Dialog>
    </>
  );
}
