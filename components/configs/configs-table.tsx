import { Link } from '@/components/ui/link';
import { CopyButton } from '@/components/ui/copy-button';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { connectorLabel } from '@/lib/connectors/display-name';
import type { McpConfig } from '@/lib/scalekit/types';

/**
 * One page of configs: name, which connections, how many tools, and the server URL to copy. `releaseForm`: the
 * id of a form elsewhere on the page that each row's checkbox belongs to (choosing configs to promote together).
 */
export function ConfigsTable({ configs, releaseForm }: { configs: McpConfig[]; releaseForm?: string }) {
  return (
    <Table data-testid="configs-table">
      <THead>
        <Tr>
          {releaseForm && <Th>Promote</Th>}
          <Th>Name</Th>
          <Th>Connections</Th>
          <Th>Tools</Th>
          <Th>Server URL</Th>
        </Tr>
      </THead>
      <TBody>
        {configs.map((c) => {
          const listed = c.mappings.reduce((n, m) => n + m.tools.length, 0);
          const all = c.mappings.filter((m) => m.tools.length === 0).length;
          return (
            <Tr key={c.id}>
              {releaseForm && (
                <Td>
                  <input
                    type="checkbox"
                    name="configs"
                    value={c.name}
                    form={releaseForm}
                    aria-label={`Choose ${c.name} to promote`}
                  />
                </Td>
              )}
              <Td>
                <Link
                  href={`/configs/${encodeURIComponent(c.id)}`}
                  className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {c.name}
                </Link>
                {c.description && <p className="text-xs text-zinc-500">{c.description}</p>}
              </Td>
              <Td>{c.mappings.map((m) => connectorLabel(m.provider || m.connectionName)).join(', ')}</Td>
              <Td className="whitespace-nowrap">
                {listed > 0 && `${listed} tools`}
                {listed > 0 && all > 0 && ' + '}
                {all > 0 && (all === c.mappings.length ? 'all tools' : `all tools of ${all}`)}
              </Td>
              <Td>
                <span className="flex items-center gap-1">
                  <code className="max-w-72 truncate text-xs">{c.mcpServerUrl}</code>
                  {c.mcpServerUrl && (
                    <CopyButton value={c.mcpServerUrl} label={`Copy ${c.name} server URL`} />
                  )}
                </span>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
