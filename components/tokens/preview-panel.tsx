'use client';

import type { AccessLevel } from '@/lib/scalekit/types';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { callPreviewToolAction } from '@/lib/tokens/actions/call-preview-tool';
import { previewToolsAction } from '@/lib/tokens/actions/preview-tools';
import type { PreviewTool } from '@/lib/tokens/preview-types';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { readArguments, SchemaFields } from './schema-form';

/** What this user's agent gets: tools/list as them, and read-only calls with schema-generated forms. */
export function PreviewPanel({
  configId,
  identifier,
  accessLevel,
}: {
  configId: string;
  identifier: string;
  accessLevel: AccessLevel;
}) {
  const [tools, setTools] = useState<PreviewTool[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [argErrors, setArgErrors] = useState<Record<string, string[]>>();
  const [result, setResult] = useState<{ isError: boolean; text: string } | null>(null);
  const toast = useToast();
  const list = useActionRunner(previewToolsAction, { onSuccess: (d) => setTools(d.tools) });
  const call = useActionRunner(callPreviewToolAction, { onSuccess: (d) => setResult(d) });
  const tool = tools?.find((t) => t.name === selected);
  return (
    <Card>
      <CardHeader
        title="Preview as user"
        description={`Connects to the MCP server with a short ${accessLevel} token for ${identifier}: exactly what their agent sees.`}
        action={
          <Button
            variant="secondary"
            size="sm"
            loading={list.pending}
            onClick={() => {
              setResult(null);
              setSelected(null);
              void list.run({ configId, identifier, accessLevel });
            }}
          >
            {tools ? 'Refresh' : 'List tools'}
          </Button>
        }
      />
      {list.error && !tools && <p className="px-5 py-4 text-sm text-red-600">{list.error}</p>}
      {tools && (
        <div className="grid gap-0 lg:grid-cols-[18rem_1fr]">
          <ul
            className="max-h-96 overflow-auto border-b border-zinc-200 dark:border-zinc-800 lg:border-b-0 lg:border-r"
            aria-label="Tools"
            data-testid="preview-tools"
          >
            {tools.map((t) => (
              <li key={t.name}>
                <button
                  className={`flex w-full items-center justify-between gap-2 px-4 py-2 text-left text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800 ${selected === t.name ? 'bg-indigo-50 dark:bg-indigo-500/10' : ''}`}
                  onClick={() => {
                    setSelected(t.name);
                    setResult(null);
                    setArgErrors(undefined);
                  }}
                >
                  <span className="truncate font-mono text-xs" data-testid="preview-tool-name">
                    {t.name}
                  </span>
                  <Badge tone={t.readOnly ? 'success' : 'neutral'}>
                    {t.readOnly ? 'read-only' : 'write'}
                  </Badge>
                </button>
              </li>
            ))}
            {tools.length === 0 && (
              <li className="px-4 py-3 text-sm text-zinc-500">This agent gets no tools.</li>
            )}
          </ul>
          <div className="p-5">
            {!tool && (
              <p className="text-sm text-zinc-500">{tools.length} tools. Pick one to see its input schema.</p>
            )}
            {tool && (
              <form
                className="space-y-4"
                onSubmit={(e) => {
                  e.preventDefault();
                  const { args, errors } = readArguments(tool.inputSchema, new FormData(e.currentTarget));
                  setArgErrors(errors);
                  if (Object.keys(errors).length) return toast.error('Check the tool arguments');
                  void call.run({ configId, identifier, accessLevel, toolName: tool.name, arguments: args });
                }}
              >
                <div>
                  <h3 className="font-mono text-sm font-semibold">{tool.name}</h3>
                  <p className="text-sm text-zinc-500">{tool.description}</p>
                </div>
                <SchemaFields schema={tool.inputSchema} errors={{ ...argErrors, ...call.fieldErrors }} />
                {tool.readOnly ? (
                  <Button type="submit" loading={call.pending}>
                    Call tool
                  </Button>
                ) : (
                  <p className="text-sm text-zinc-500">Write tools are not called from the console.</p>
                )}
                {result && (
                  <pre
                    className={`max-h-80 overflow-auto rounded-md p-3 text-xs ${result.isError ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-zinc-100 dark:bg-zinc-800'}`}
                    data-testid="tool-result"
                  >
                    {result.isError ? `Tool error: ${result.text}` : result.text}
                  </pre>
                )}
              </form>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
