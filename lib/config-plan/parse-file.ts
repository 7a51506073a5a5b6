import { isMap, isPair, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { z } from 'zod';
import { configFileSchema, MAX_FILE_BYTES, specsOfFile, type ConfigFile } from './file-schema';
import type { ConfigSpec } from './spec';

/** One thing to fix in a file: where (1-based line and column, and the field) and what. */
export interface FileError {
  line: number;
  column: number;
  /** The field, as a dotted path (`configs.email-assistant.connections.gmail.tools`); empty for the whole file. */
  path: string;
  message: string;
}

export type ParsedFile =
  | { ok: true; file: ConfigFile; specs: ConfigSpec[]; prune: boolean; format: 'yaml' | 'json' }
  | { ok: false; errors: FileError[] };

const MAX_ERRORS = 50;

/**
 * Reads a configs file, YAML or JSON (JSON is YAML too, so one parser gives both their line numbers), and
 * checks it against the file schema. Every problem comes back with its line, column and field, so a person
 * (or a CI log) can go straight to it; nothing is thrown.
 */
export function parseConfigFile(text: string): ParsedFile {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES)
    return fail([
      { line: 1, column: 1, path: '', message: `The file is larger than ${MAX_FILE_BYTES} bytes` },
    ]);
  if (text.trim() === '')
    return fail([
      { line: 1, column: 1, path: '', message: 'The file is empty: it needs `version: 1` and `configs`' },
    ]);
  const lineCounter = new LineCounter();
  // Aliases are capped so a small file cannot expand into a huge one ("billion laughs").
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs))
    return fail([{ line: 1, column: 1, path: '', message: 'The file could not be read' }]);
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (docs.length > 1) {
    return fail([
      { ...at(docs[1]!.range[0]), path: '', message: 'A file holds one document: remove the second `---`' },
    ]);
  }
  const doc = docs[0];
  if (!doc) return fail([{ line: 1, column: 1, path: '', message: 'The file is empty' }]);
  if (doc.errors.length) {
    return fail(
      doc.errors.slice(0, MAX_ERRORS).map((e) => ({
        ...at(e.pos[0]),
        path: '',
        message: syntaxMessage(e.code, e.message),
      })),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return fail([{ line: 1, column: 1, path: '', message: (err as Error).message }]);
  }
  const parsed = configFileSchema.safeParse(value);
  if (!parsed.success)
    return fail(parsed.error.issues.flatMap((i) => locate(doc, value, i, at)).slice(0, MAX_ERRORS));
  const format = text.trimStart().startsWith('{') ? 'json' : 'yaml';
  return {
    ok: true,
    file: parsed.data,
    specs: specsOfFile(parsed.data),
    prune: parsed.data.prune ?? false,
    format,
  };
}

const fail = (errors: FileError[]): ParsedFile => ({
  ok: false,
  errors: errors.sort((a, b) => a.line - b.line || a.column - b.column),
});

function syntaxMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'This key appears twice in the same place: keep one';
  // The parser's first line is the useful part; the rest repeats the source.
  return `Not valid YAML or JSON: ${message.split('\n')[0]}`;
}

type Path = (string | number)[];
const showPath = (path: PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');

/** The offset of the node at `path`, or of its nearest ancestor that exists (a missing field points at its parent). */
function offsetOf(doc: Document, path: Path, key = false): number {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n);
    if (key && n === path.length && p.length) {
      const parent = doc.getIn(p.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find(
          (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(p.at(-1)),
        );
        if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
      }
      continue;
    }
    const node = p.length ? doc.getIn(p, true) : doc.contents;
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    value,
  );

function locate(
  doc: Document,
  value: unknown,
  issue: z.core.$ZodIssue,
  at: (o: number) => { line: number; column: number },
): FileError[] {
  const path = issue.path as Path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => ({
      ...at(offsetOf(doc, [...path, k], true)),
      path: showPath([...path, k]),
      message: `Unknown field \`${k}\`${hint(path, k)}`,
    }));
  }
  if (issue.code === 'invalid_key') {
    return [
      {
        ...at(offsetOf(doc, path, true)),
        path: showPath(path),
        message: issue.issues[0]?.message ?? issue.message,
      },
    ];
  }
  let message = issue.message;
  if (path.length && valueAt(value, path) === undefined) {
    message = `\`${String(path.at(-1))}\` is missing`;
  } else if (issue.code === 'invalid_union') {
    // Name the rule of the branch the value was meant for (a list of tools), not "not all and not a list".
    const specific = issue.errors.find(
      (branch) =>
        branch.length && branch.every((b) => b.code !== 'invalid_type' && b.code !== 'invalid_value'),
    );
    if (specific) message = specific[0]!.message;
  }
  return [{ ...at(offsetOf(doc, path)), path: showPath(path), message }];
}

const KNOWN: Record<number, string> = {
  0: 'version, prune, configs',
  2: 'description, connections',
  4: 'tools, connector',
};
function hint(path: Path, key: string): string {
  const known = KNOWN[path.length];
  if (key === 'mappings') return ': write `connections`, keyed by connection name';
  return known ? ` (known fields here: ${known})` : '';
}
