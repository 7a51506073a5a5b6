'use client';

import { useEnvHref, useEnvironment } from '@/components/environments/environment-context';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Link } from '@/components/ui/link';
import { Field, Input, Select } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { createConfigAction } from '@/lib/configs/actions/create-config';
import { updateConfigAction } from '@/lib/configs/actions/update-config';
import { diffConfigs, reapply } from '@/lib/configs/diff';
import { connectorLabel } from '@/lib/connectors/display-name';
import { draftFieldErrors, MAX_CONNECTIONS } from '@/lib/configs/draft-rules';
import type { ConfigDraft, MappingDraft } from '@/lib/configs/schema';
import type { ConflictDetails } from '@/lib/configs/save';
import { catalogQuery, configKeys, savedVersionQuery, type SavedVersion } from './queries';
import { LazyChangeReview, LazyResolvedDiff } from './change-review-lazy';
import { ToolPicker } from './tool-picker';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

export interface ConnectionOption {
  name: string;
  provider: string;
  status: string;
  enabled: boolean;
}

type Props = {
  connections: ConnectionOption[];
  readOnly: boolean;
} & ({ mode: 'create' } | { mode: 'edit'; configId: string; name: string });

const EMPTY: ConfigDraft = { description: '', mappings: [] };
const NO_VERSION: SavedVersion = { snapshot: EMPTY, hash: '' };

function MappingCard({
  mapping,
  connection,
  readOnly,
  onChange,
  onRemove,
}: {
  mapping: MappingDraft;
  connection?: ConnectionOption;
  readOnly: boolean;
  onChange: (m: MappingDraft) => void;
  onRemove: () => void;
}) {
  const [expanded, setExpanded] = useState(!mapping.allTools);
  const catalog = useQuery({
    ...catalogQuery(useEnvironment(), mapping.connectionName),
    enabled: expanded || !mapping.allTools,
  });
  const label = connectorLabel(connection?.provider ?? mapping.connectionName);
  return (
    <Card className="p-4" data-testid={`mapping-${mapping.connectionName}`}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium">{label}</p>
          <p className="text-xs text-zinc-500">
            connection{' '}
            {connection ? (
              // Both ways: the connection's page lists the configs that map it; this goes back to it.
              <Link
                className="font-mono text-indigo-700 hover:underline dark:text-indigo-300"
                href={`/connections/${encodeURIComponent(mapping.connectionName)}`}
                aria-label={`Open the ${mapping.connectionName} connection`}
              >
                {mapping.connectionName}
              </Link>
            ) : (
              <span className="font-mono">{mapping.connectionName}</span>
            )}
            {!connection && (
              <Badge tone="danger" className="ml-2">
                connection missing
              </Badge>
            )}
          </p>
        </div>
        <fieldset className="flex flex-wrap gap-3 text-sm" disabled={readOnly}>
          <legend className="sr-only">{mapping.connectionName} tools</legend>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              checked={mapping.allTools}
              onChange={() => onChange({ ...mapping, allTools: true, tools: [] })}
              name={`mode-${mapping.connectionName}`}
            />
            All tools, including tools added later
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              checked={!mapping.allTools}
              onChange={() => {
                setExpanded(true);
                onChange({ ...mapping, allTools: false });
              }}
              name={`mode-${mapping.connectionName}`}
            />
            Chosen tools
          </label>
        </fieldset>
        <Badge tone="info">{mapping.allTools ? 'all tools' : `${mapping.tools.length} selected`}</Badge>
        {!readOnly && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={onRemove}
            aria-label={`Remove ${mapping.connectionName}`}
          >
            <Trash2 className="size-4" aria-hidden />
          </Button>
        )}
      </div>
      {!mapping.allTools && (
        <div className="mt-3">
          {catalog.isPending ? (
            <Skeleton className="h-72" />
          ) : catalog.isError ? (
            <p className="text-sm text-red-600">{catalog.error.message}</p>
          ) : (
            <ToolPicker
              connectionName={mapping.connectionName}
              tools={catalog.data}
              selected={mapping.tools}
              readOnly={readOnly}
              onChange={(tools) => onChange({ ...mapping, tools })}
            />
          )}
        </div>
      )}
    </Card>
  );
}

/**
 * Creates a config, or edits one from the version the page handed over (`savedVersionQuery`). A save keeps what
 * the action returned: the new version goes into that query, where the page header reads it too, and the draft
 * starts from it; nothing is reloaded or remounted.
 */
export function ConfigEditor(props: Props) {
  const router = useRouter();
  const href = useEnvHref();
  const toast = useToast();
  const qc = useQueryClient();
  const configId = props.mode === 'edit' ? props.configId : '';
  const saved =
    useQuery({ ...savedVersionQuery(configId), enabled: props.mode === 'edit' }).data ?? NO_VERSION;
  const base = saved.snapshot;
  const baseHash = saved.hash;
  const setSaved = (v: SavedVersion) => qc.setQueryData(configKeys.detail(configId), v);
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<ConfigDraft>(base);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [reviewing, setReviewing] = useState(false);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [saving, setSaving] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  // The save bar is at the bottom and the conflict report at the top: bring the report into view.
  useEffect(() => {
    if (conflict) conflictRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [conflict]);
  const byName = useMemo(() => new Map(props.connections.map((c) => [c.name, c])), [props.connections]);
  const available = props.connections.filter((c) => !draft.mappings.some((m) => m.connectionName === c.name));
  const diff = useMemo(() => diffConfigs(base, draft), [base, draft]);
  const dirty = props.mode === 'create' ? name !== '' || !diffConfigs(EMPTY, draft).empty : !diff.empty;
  useUnsavedChangesGuard(dirty && !saving);
  const total = draft.mappings.reduce((n, m) => n + (m.allTools ? 0 : m.tools.length), 0);
  const allCount = draft.mappings.filter((m) => m.allTools).length;

  const setMapping = (i: number, m: MappingDraft) =>
    setDraft((d) => ({ ...d, mappings: d.mappings.map((x, j) => (j === i ? m : x)) }));

  function validate(): boolean {
    const found = draftFieldErrors(props.mode === 'create' ? { name, ...draft } : draft);
    if (draft.mappings.length === 0) found.mappings = ['Add at least one connection'];
    setErrors(found);
    const first = Object.values(found)[0]?.[0];
    if (first) toast.error(first);
    return !first;
  }

  async function save() {
    setSaving(true);
    try {
      if (props.mode === 'create') {
        const r = await createConfigAction({ name, ...draft });
        if (!r.ok) {
          setErrors(r.fieldErrors ?? {});
          toast.error(r.error);
          return;
        }
        toast.success(`Created ${r.data.name}`);
        router.push(href(`/configs/${encodeURIComponent(r.data.id)}`));
        return;
      }
      const r = await updateConfigAction({ id: configId, baseHash, ...draft });
      setReviewing(false);
      if (!r.ok) {
        const details = r.details as ConflictDetails | undefined;
        if (details?.kind === 'conflict') setConflict(details);
        else setErrors(r.fieldErrors ?? {});
        toast.error(r.error);
        return;
      }
      toast.success('Saved');
      setSaved({ snapshot: r.data.snapshot, hash: r.data.hash });
      setDraft(r.data.snapshot);
    } finally {
      setSaving(false);
    }
  }

  const mappingErrors = Object.entries(errors).filter(([k]) => k.startsWith('mappings'));
  return (
    <div className="space-y-6">
      {/* Shown only where scripting is off (a media query, which browsers honour more widely than <noscript>). */}
      <p
        role="alert"
        className="hidden rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 noscript:block"
      >
        The config editor needs JavaScript: turn it on to change this config. Everything else on this page
        works without it.
      </p>
      {conflict && props.mode === 'edit' && (
        <div ref={conflictRef}>
          <Card className="border-amber-300 p-5 dark:border-amber-700" role="alert" data-testid="conflict">
            <h2 className="font-semibold text-amber-800 dark:text-amber-300">
              This config changed on the server since you opened it
            </h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              Your save was refused so nobody’s change is lost. The other change:
            </p>
            <div className="mt-3">
              <LazyResolvedDiff before={base} after={conflict.theirs} />
            </div>
            <div className="mt-4 flex flex-wrap gap-2">
              <Button
                variant="secondary"
                onClick={() => {
                  setSaved({ snapshot: conflict.theirs, hash: conflict.theirsHash });
                  setDraft(conflict.theirs);
                  setConflict(null);
                }}
              >
                Reload (discard my edits)
              </Button>
              <Button
                onClick={() => {
                  setDraft(reapply(base, draft, conflict.theirs));
                  setSaved({ snapshot: conflict.theirs, hash: conflict.theirsHash });
                  setConflict(null);
                  toast.info(
                    'Your edits were re-applied on top of the latest version: review and save again',
                  );
                }}
              >
                Re-apply my edits on top
              </Button>
            </div>
          </Card>
        </div>
      )}
      <Card className="grid gap-4 p-5 md:grid-cols-2">
        {props.mode === 'create' ? (
          <Field
            label="Name"
            htmlFor="name"
            hint="Lowercase letters, digits, - and _. It cannot be changed later."
            errors={errors.name}
          >
            <Input
              id="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="email-assistant"
              disabled={props.readOnly}
            />
          </Field>
        ) : (
          <Field
            label="Name"
            htmlFor="name"
            hint="Names cannot change after creation (the server URL and agents rely on it). Clone to rename."
          >
            <Input id="name" value={props.name} readOnly disabled />
          </Field>
        )}
        <Field label="Description" htmlFor="description" errors={errors.description}>
          <Input
            id="description"
            value={draft.description}
            onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
            disabled={props.readOnly}
            placeholder="What this agent does"
          />
        </Field>
      </Card>

      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">Connections and tools</h2>
          <p className="text-sm text-zinc-500" data-testid="totals">
            {draft.mappings.length} of {MAX_CONNECTIONS} connections · {total} chosen tools
            {allCount ? ` · ${allCount} with all tools` : ''}
          </p>
        </div>
        {!props.readOnly && (
          <div className="flex items-center gap-2">
            <Select
              aria-label="Add a connection"
              value=""
              disabled={draft.mappings.length >= MAX_CONNECTIONS || available.length === 0}
              onChange={(e) => {
                const c = e.target.value;
                if (c)
                  setDraft((d) => ({
                    ...d,
                    mappings: [...d.mappings, { connectionName: c, allTools: false, tools: [] }],
                  }));
              }}
              className="w-72"
            >
              <option value="">
                {draft.mappings.length >= MAX_CONNECTIONS
                  ? `At most ${MAX_CONNECTIONS} connections`
                  : 'Add a connection…'}
              </option>
              {available.map((c) => (
                <option key={c.name} value={c.name}>
                  {connectorLabel(c.provider)} ({c.name}){c.enabled ? '' : ' (disabled)'}
                </option>
              ))}
            </Select>
          </div>
        )}
      </div>
      {mappingErrors.length > 0 && (
        <ul role="alert" className="text-sm text-red-600">
          {mappingErrors.flatMap(([k, msgs]) => msgs.map((m) => <li key={`${k}${m}`}>{m}</li>))}
        </ul>
      )}
      <div className="space-y-3">
        {draft.mappings.map((m, i) => (
          <MappingCard
            key={m.connectionName}
            mapping={m}
            connection={byName.get(m.connectionName)}
            readOnly={props.readOnly}
            onChange={(next) => setMapping(i, next)}
            onRemove={() => setDraft((d) => ({ ...d, mappings: d.mappings.filter((_, j) => j !== i) }))}
          />
        ))}
        {draft.mappings.length === 0 && (
          <p className="text-sm text-zinc-500">No connections yet. Add one above.</p>
        )}
      </div>

      {!props.readOnly && (
        <div className="sticky bottom-0 flex items-center justify-end gap-3 border-t border-zinc-200 bg-zinc-50/90 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
          {props.mode === 'edit' && (
            <span className="text-sm text-zinc-500">
              {diff.empty ? 'No unsaved changes' : 'Unsaved changes'}
            </span>
          )}
          <Button
            disabled={props.mode === 'edit' && diff.empty}
            loading={saving}
            onClick={() => {
              if (!validate()) return;
              if (props.mode === 'create') void save();
              else setReviewing(true);
            }}
          >
            {props.mode === 'create' ? 'Create config' : 'Review and save'}
          </Button>
        </div>
      )}

      <Dialog open={reviewing} onClose={() => setReviewing(false)} title="Review the change before saving">
        {reviewing && props.mode === 'edit' && (
          <LazyChangeReview configId={configId} before={base} after={draft} />
        )}
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setReviewing(false)}>
            Keep editing
          </Button>
          <Button loading={saving} onClick={() => void save()}>
            Save
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
