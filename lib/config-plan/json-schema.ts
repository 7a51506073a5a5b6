import { z } from 'zod';
import { configFileSchema } from './file-schema';

/** Where the JSON Schema of configs files is committed (editors can point at it in the repository). */
export const CONFIG_SCHEMA_PATH = 'schemas/mcp-configs.schema.json';

/**
 * The JSON Schema of configs files, generated from the zod schema the console parses them with, so an editor
 * validating as you type and the console agree. Committed (a test proves it is current) and served at
 * `/api/config-file.schema.json`.
 */
export function configFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}

/** The committed file's exact text. */
export const configFileJsonSchemaText = () => `${JSON.stringify(configFileJsonSchema(), null, 2)}\n`;
