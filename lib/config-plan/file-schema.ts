import { z } from 'zod';
import {
  MAX_CONNECTIONS,
  MAX_DESCRIPTION,
  MAX_NAME,
  MAX_TOOLS_PER_CONNECTION,
  NAME_PATTERN,
} from '@/lib/configs/draft-rules';
import { normalizeSpec, sortSpecs, type ConfigSpec } from './spec';

/**
 * The configs-as-code file, one document: `version: 1`, optionally `prune: true` (configs the file does not name
 * are deleted), and `configs` keyed by name. Shared by the parser, the JSON Schema editors validate with
 * (`schemas/mcp-configs.schema.json`, generated from this) and the OpenAPI document. Pure: no server code.
 */
export const FILE_VERSION = 1;
/** Largest file the console reads (about 3,000 configs): bounds parsing time and memory. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_CONFIGS_PER_FILE = 3000;

const connectionName = z
  .string()
  .min(1, 'A connection name cannot be empty')
  .max(100, 'A connection name is at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'A connection name has only letters, digits, - and _');

const toolName = z
  .string()
  .min(1, 'A tool name cannot be empty')
  .max(200, 'A tool name is at most 200 characters');

export const connectionEntrySchema = z
  .object({
    tools: z.union(
      [
        z.literal('all'),
        z
          .array(toolName)
          .min(1, 'List at least one tool, or write `tools: all`')
          .max(MAX_TOOLS_PER_CONNECTION, `At most ${MAX_TOOLS_PER_CONNECTION} tools per connection`),
      ],
      { error: 'tools must be `all` or a list of tool names' },
    ),
    connector: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, 'connector is a connector slug such as gmail')
      .optional()
      .describe(
        'The connector (provider slug) behind the connection; checked against the target environment.',
      ),
  })
  .strict()
  .describe(
    'One connection: `tools: all` (every tool, including tools added later) or a list of tool names.',
  );

export const configEntrySchema = z
  .object({
    description: z
      .string()
      .max(MAX_DESCRIPTION, `Descriptions are at most ${MAX_DESCRIPTION} characters`)
      .optional(),
    connections: z
      .record(connectionName, connectionEntrySchema)
      .refine((c) => Object.keys(c).length <= MAX_CONNECTIONS, {
        message: `A config can map at most ${MAX_CONNECTIONS} connections`,
      })
      // The refinement is code; editors get the same limit from the JSON Schema keyword.
      .meta({ maxProperties: MAX_CONNECTIONS })
      .describe('Connections by name, as they are named in the environment.'),
  })
  .strict();

const configName = z
  .string()
  .min(1, 'Give the config a name')
  .max(MAX_NAME, `Names are at most ${MAX_NAME} characters`)
  .regex(NAME_PATTERN, 'Name can use lowercase letters, digits, hyphens and underscores only');

export const configFileSchema = z
  .object({
    $schema: z.string().optional().describe('Where editors find this schema.'),
    version: z.literal(FILE_VERSION, { error: `version must be ${FILE_VERSION}` }),
    prune: z
      .boolean({ error: 'prune must be true or false' })
      .optional()
      .describe('true: configs of the environment that this file does not name are deleted.'),
    configs: z
      .record(configName, configEntrySchema)
      .refine((c) => Object.keys(c).length <= MAX_CONFIGS_PER_FILE, {
        message: `A file holds at most ${MAX_CONFIGS_PER_FILE} configs`,
      })
      .meta({ maxProperties: MAX_CONFIGS_PER_FILE })
      .describe('MCP configs by name.'),
  })
  .strict()
  .meta({
    title: 'MCP Console configs',
    description:
      'MCP configs as code for MCP Console: `mcp-console plan --file <this file>` shows what applying it changes.',
  });

export type ConfigFile = z.infer<typeof configFileSchema>;

/** The specs a parsed file holds, in name order. */
export function specsOfFile(file: ConfigFile): ConfigSpec[] {
  return sortSpecs(
    Object.entries(file.configs).map(([name, c]) => ({
      name,
      description: c.description ?? '',
      connections: c.connections,
    })),
  );
}

/** The file document for a set of specs: stable order, `connector` kept, nothing environment-specific. */
export function fileOfSpecs(specs: readonly ConfigSpec[], o: { prune?: boolean } = {}): ConfigFile {
  const configs: ConfigFile['configs'] = {};
  for (const s of sortSpecs(specs)) {
    const n = normalizeSpec(s);
    configs[n.name] = {
      description: n.description,
      connections: Object.fromEntries(
        Object.entries(n.connections).map(([name, c]) => [
          name,
          { tools: c.tools, ...(c.connector ? { connector: c.connector } : {}) },
        ]),
      ),
    };
  }
  return { version: FILE_VERSION, ...(o.prune ? { prune: true } : {}), configs };
}
