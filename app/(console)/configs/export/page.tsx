import type { Metadata } from 'next';
import { Button } from '@/components/ui/button';
import { Card, CardHeader, PageHeader } from '@/components/ui/card';
import { ProblemState } from '@/components/ui/problem-state';
import { listTargetEnvironments } from '@/lib/config-plan/target-environment';
import { pageContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

export const metadata: Metadata = { title: 'Export configs' };
export const dynamic = 'force-dynamic';

/** A plain GET form to the export route: the browser downloads the file; no script needed. */
export default async function ExportConfigsPage() {
  const ctx = await pageContext('configs:read');
  const [environment] = listTargetEnvironments();
  const loaded = await pageLoad(ctx, () => ctx.scalekit.configs.listAll());
  if (!loaded.ok) return <ProblemState title="Could not load configs" problem={loaded.problem} />;
  const names = loaded.value.map((c) => c.name).sort();
  return (
    <>
      <PageHeader
        title="Export configs"
        description="Download configs as a file to keep in git: stable order, no ids, no secrets. Apply it to any environment with npx mcp-console apply, or on the Apply page."
      />
      <Card>
        <CardHeader
          title={`${names.length} configs in ${environment}`}
          description="Tick none to export all of them."
        />
        <form
          method="get"
          action={`/api/environments/${encodeURIComponent(environment!)}/configs/export`}
          className="space-y-4 p-5"
        >
          <fieldset
            className="grid max-h-96 gap-1 overflow-y-auto sm:grid-cols-2"
            aria-label="Configs to export"
          >
            {names.map((n) => (
              <label key={n} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="names" value={n} /> {n}
              </label>
            ))}
          </fieldset>
          <fieldset className="flex gap-4 text-sm" aria-label="Format">
            <label className="flex items-center gap-2">
              <input type="radio" name="format" value="yaml" defaultChecked /> YAML
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="format" value="json" /> JSON
            </label>
          </fieldset>
          <Button type="submit">Download</Button>
        </form>
      </Card>
    </>
  );
}
