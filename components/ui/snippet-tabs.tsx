'use client';

import { useId, useState } from 'react';
import { CopyButton } from './copy-button';
import { Tabs } from './tabs';

export interface Snippet {
  id: string;
  label: string;
  code: string;
}

/**
 * Client snippets for a credential, one tab per client. `display` is what the page shows (the credential masked
 * until revealed); the copy button always copies the real snippet.
 */
export function SnippetTabs({
  label,
  snippets,
  display,
  initial,
}: {
  label: string;
  snippets: Snippet[];
  display: Snippet[];
  initial: string;
}) {
  const [tab, setTab] = useState(initial);
  const panelId = useId();
  const current = snippets.find((s) => s.id === tab) ?? snippets[0];
  if (!current) return null;
  return (
    <div>
      <Tabs
        label={label}
        look="underline"
        items={snippets.map((s) => ({ value: s.id, label: s.label }))}
        value={current.id}
        onChange={setTab}
        panelId={panelId}
      />
      <div className="relative mt-3" id={panelId} role="tabpanel" aria-label={current.label}>
        {/* Focusable: a keyboard user can scroll a long snippet. */}
        <pre
          className="max-h-80 overflow-auto rounded-md bg-zinc-950 p-4 text-xs text-zinc-100"
          data-testid="snippet"
          tabIndex={0}
        >
          {display.find((s) => s.id === current.id)?.code}
        </pre>
        <div className="absolute right-2 top-2 rounded bg-zinc-800 text-zinc-100">
          <CopyButton value={current.code} label={`Copy ${current.label} snippet`} />
        </div>
      </div>
    </div>
  );
}
