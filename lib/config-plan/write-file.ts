import { stringify } from 'yaml';
import { fileOfSpecs } from './file-schema';
import type { ConfigSpec } from './spec';

export type FileFormat = 'yaml' | 'json';

// Nothing that differs between environments or exports (no URL, date or environment name), so exporting the
// same configs anywhere gives the same bytes and a file diffs cleanly in review.
const YAML_HEADER =
  '# MCP configs as code (MCP Console). See what applying a change would do: npx mcp-console plan --file <this file>\n';

/**
 * The file for a set of specs: configs, connections and tools in name order, `connector` written, one fixed
 * layout (no line folding), so the same configs always give the same bytes.
 */
export function formatConfigFile(
  specs: readonly ConfigSpec[],
  format: FileFormat,
  o: { prune?: boolean } = {},
): string {
  const file = fileOfSpecs(specs, o);
  // Connector first: it says what the connection is before the list of its tools.
  const configs = Object.fromEntries(
    Object.entries(file.configs).map(([name, c]) => [
      name,
      {
        description: c.description ?? '',
        connections: Object.fromEntries(
          Object.entries(c.connections).map(([conn, m]) => [
            conn,
            m.connector ? { connector: m.connector, tools: m.tools } : { tools: m.tools },
          ]),
        ),
      },
    ]),
  );
  const doc = { version: file.version, ...(file.prune ? { prune: true } : {}), configs };
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return YAML_HEADER + stringify(doc, { lineWidth: 0, indent: 2, indentSeq: true, sortMapEntries: false });
}

/** A file name for a download or a CLI default. */
export function exportFileName(format: FileFormat, environment: string): string {
  return `mcp-configs.${environment}.${format === 'json' ? 'json' : 'yaml'}`;
}
