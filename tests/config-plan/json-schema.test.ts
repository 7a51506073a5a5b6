import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_SCHEMA_PATH,
  configFileJsonSchema,
  configFileJsonSchemaText,
} from '@/lib/config-plan/json-schema';
import { formatConfigFile } from '@/lib/config-plan/write-file';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('the JSON Schema of configs files', () => {
  it('is committed and up to date (npm run schema rewrites it)', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, CONFIG_SCHEMA_PATH), 'utf8'))).toEqual(
      JSON.parse(configFileJsonSchemaText()),
    );
  });

  it('accepts what export writes and refuses what the console refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(configFileJsonSchema());
    const exported = formatConfigFile(
      [
        {
          name: 'mail',
          description: 'x',
          connections: { gmail: { tools: ['a'], connector: 'gmail' }, slack: { tools: 'all' } },
        },
      ],
      'yaml',
    );
    expect(validate(parse(exported))).toBe(true);
    expect(validate({ version: 1, configs: { 'Bad Name': { connections: {} } } })).toBe(false);
    expect(validate({ version: 1, configs: { a: { connections: { g: { tools: [] } } } } })).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`c${i}`, { tools: 'all' }]));
    expect(validate({ version: 1, configs: { a: { connections: many } } })).toBe(false);
  });
});
