/**
 * `npm run schema`: rewrites schemas/mcp-configs.schema.json from the zod schema of configs files
 * (lib/config-plan/file-schema.ts). tests/config-plan/json-schema.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { CONFIG_SCHEMA_PATH, configFileJsonSchemaText } from '../lib/config-plan/json-schema';

const file = path.resolve(import.meta.dirname, '..', CONFIG_SCHEMA_PATH);
// Formatted as the repository's other files are, so `prettier --check` passes on it.
writeFileSync(file, await format(configFileJsonSchemaText(), { parser: 'json', filepath: file }));
console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
