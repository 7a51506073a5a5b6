'use client';

import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { SecretValue } from '@/components/ui/secret-value';
import { SnippetTabs } from '@/components/ui/snippet-tabs';
import { useToast } from '@/components/ui/toast';
import { ensureInstanceAction } from '@/lib/instances/actions/ensure-instance';
import { revealInstanceUrlAction } from '@/lib/instances/actions/reveal-instance-url';
import { maskInstanceUrl } from '@/lib/instances/schema';
import { buildInstanceSnippets } from '@/lib/instances/snippets';

/**
 * The first way to hand an agent its tools: a per-user instance URL that needs no header. Ensures the user's
 * instance (get-or-create) and fetches its URL through the admin action only when asked; the snippets come
 * from the same builders as the session-token ones.
 */
export function InstanceUrlCard({ configs }: { configs: { id: string; name: string }[] }) {
  const toast = useToast();
  const [configId, setConfigId] = useState(configs[0]?.id ?? '');
  const [identifier, setIdentifier] = useState('');
  const [pending, setPending] = useState(false);
  const [made, setMade] = useState<{ url: string; configName: string; id: string } | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>();

  async function submit() {
    setPending(true);
    setMade(null);
    try {
      const ensured = await ensureInstanceAction({ configId, identifier: identifier.trim() });
      if (!ensured.ok) {
        setFieldErrors(ensured.fieldErrors);
        toast.error(ensured.error);
        return;
      }
      setFieldErrors(undefined);
      const url = await revealInstanceUrlAction({ instanceId: ensured.data.id });
      if (!url.ok) return toast.error(url.error);
      setMade({ url: url.data.url, configName: ensured.data.configName, id: ensured.data.id });
      setRevealed(false);
    } finally {
      setPending(false);
    }
  }

  const snippets = useMemo(
    () => (made ? buildInstanceSnippets({ url: made.url, configName: made.configName }) : []),
    [made],
  );
  const display = useMemo(
    () =>
      made
        ? buildInstanceSnippets({
            url: revealed ? made.url : maskInstanceUrl(made.url),
            configName: made.configName,
          })
        : [],
    [made, revealed],
  );
  return (
    <Card data-testid="instance-url-card">
      <CardHeader
        title="Per-user instance URL"
        description="One URL per user and config, no headers: the URL is the credential. For agents you configure once (LangChain, Claude Desktop, MCP Inspector)."
      />
      <form
        className="grid gap-4 p-5 md:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label="Config" htmlFor="instance-config" errors={fieldErrors?.configId}>
          <Select id="instance-config" value={configId} onChange={(e) => setConfigId(e.target.value)}>
            {configs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="User identifier" htmlFor="instance-identifier" errors={fieldErrors?.identifier}>
          <Input
            id="instance-identifier"
            value={identifier}
            onChange={(e) => setIdentifier(e.target.value)}
            autoComplete="off"
            placeholder="john-doe"
          />
        </Field>
        <div className="md:col-span-2">
          <Button type="submit" loading={pending} disabled={!configId || !identifier.trim()}>
            Get instance URL
          </Button>
        </div>
      </form>
      {made && (
        <div className="space-y-4 border-t border-zinc-200 p-5 dark:border-zinc-800">
          <SecretValue
            value={made.url}
            masked={maskInstanceUrl(made.url)}
            revealed={revealed}
            onToggle={() => setRevealed((r) => !r)}
            what="instance URL"
            testId="instance-url-value"
          />
          <p className="text-sm text-zinc-500">
            Instance {made.id}. Until every connection is authorized, the agent sees the tools but they fail:
            send the user a connect link from their page.
          </p>
          <SnippetTabs
            label="Instance URL snippets"
            snippets={snippets}
            display={display}
            initial="langchain-python"
          />
        </div>
      )}
    </Card>
  );
}
