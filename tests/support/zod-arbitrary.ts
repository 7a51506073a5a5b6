/**
 * fast-check arbitraries built from the console's own zod schemas, for the "no 500 from input" properties
 * (tests/security/no-500-routes.test.ts, e2e/security/no-500-pages.admin.spec.ts). A schema is read through
 * zod's JSON Schema export (its input side, so preprocessing and transforms see what a client sends), and every
 * value the schema accepts is mixed with what a hostile or clumsy client sends instead: huge and negative
 * numbers, impossible dates, broken percent-escapes, control characters, lone surrogates, overlong strings,
 * prototype keys, repeated keys, and reversed ranges (`from` after `to`). Plain Node: no server-only imports.
 */
import fc from 'fast-check';
import { z } from 'zod';

type Json = Record<string, unknown>;

/** Strings that have broken parsers somewhere: numbers, dates, encodings, markup, prototype names. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '-1',
  '0',
  '-0',
  '1.5',
  '1e308',
  '-1e308',
  '1e999',
  '9'.repeat(25),
  '9007199254740993',
  '999999999999999_1',
  '9999999999999999_9999999999999999',
  '1_99999999999999999999',
  'NaN',
  'Infinity',
  '0x1F',
  '2026-01-01',
  '2025-01-01',
  '2026-01-01T00:00:00Z',
  '99999-12-31',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20',
  '0000-00-00',
  '2026-02-30T25:61:61Z',
  '%',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '💥',
  'ﬁ',
  '../../etc/passwd',
  '..%2F..%2F',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '\\',
  '//evil.example',
  'javascript:alert(1)',
  'a'.repeat(5_000),
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
];
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);

/** Pairs of keys that name a range; a property generates them reversed (the low end after the high end). */
export const RANGE_PAIRS: [string, string][] = [
  ['from', 'to'],
  ['start', 'end'],
  ['startTime', 'endTime'],
  ['since', 'until'],
  ['min', 'max'],
  ['a', 'b'],
];

// A date as people and programs write it: ISO with offset, a bare day, epoch milliseconds.
const dateText = (d: Date, style: number) =>
  style === 0 ? d.toISOString() : style === 1 ? d.toISOString().slice(0, 10) : String(d.getTime());
const anyDate = fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true });

function fromJsonSchema(s: Json, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(undefined);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(s[k])) return fc.oneof(...(s[k] as Json[]).map((x) => fromJsonSchema(x, depth + 1)));
  }
  const type = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => fromJsonSchema({ ...s, type: t }, depth)));
  switch (type[0]) {
    case 'string':
      return stringArb(s);
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -1e12;
      const max = typeof s.maximum === 'number' ? s.maximum : 1e12;
      return type[0] === 'integer'
        ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
        : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromJsonSchema((s.items as Json) ?? {}, depth + 1), {
        maxLength: typeof s.maxItems === 'number' ? Math.min(s.maxItems, 6) : 6,
      });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      const required = new Set((s.required as string[] | undefined) ?? []);
      const model = Object.fromEntries(
        Object.entries(props).map(([k, v]) => [k, fromJsonSchema(v, depth + 1)] as const),
      );
      return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
    }
    default:
      // Unrepresentable in JSON Schema (a preprocess, a custom check): anything a client could send.
      return fc.oneof(fc.string({ maxLength: 30 }), hostileString, fc.integer(), fc.boolean());
  }
}

function stringArb(s: Json): fc.Arbitrary<string> {
  const max = typeof s.maxLength === 'number' ? s.maxLength : 300;
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'date-time') return anyDate.map((d) => d.toISOString());
  if (s.format === 'date') return anyDate.map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'uri' || s.format === 'url') return fc.webUrl();
  if (typeof s.pattern === 'string') {
    let re: RegExp | undefined;
    try {
      re = new RegExp(s.pattern);
    } catch {
      re = undefined;
    }
    if (re) {
      const matching = fc.stringMatching(re).map((x) => x.slice(0, Math.max(max, min)));
      // Every repetition at its longest and every digit a 9: where bounds break (a cursor of all 9s).
      const longest = new RegExp(s.pattern.replace(/\{(\d+),(\d+)\}/g, '{$2}'));
      const largest = fc.stringMatching(longest).map((x) => x.replace(/\d/g, '9'));
      return fc.oneof({ arbitrary: matching, weight: 3 }, { arbitrary: largest, weight: 1 });
    }
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, 300) });
}

/** What the schema accepts, as a client would send it (its input side), with hostile values mixed in. */
export function valuesOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return hostile(fromJsonSchema(json, 0), json);
}

function hostile(valid: fc.Arbitrary<unknown>, json: Json): fc.Arbitrary<unknown> {
  const props = (json.properties ?? undefined) as Record<string, Json> | undefined;
  if (json.type !== 'object' || !props) {
    return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostileString, weight: 1 });
  }
  const keys = Object.keys(props);
  // Each field valid, hostile or missing; extra fields with hostile names; and reversed ranges.
  const fields = fc.record(
    Object.fromEntries(
      keys.map((k) => [
        k,
        fc.oneof(
          { arbitrary: fromJsonSchema(props[k]!, 1), weight: 4 },
          { arbitrary: hostileString, weight: 1 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  const extra = fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', '', 'a[b]', '%00'), fc.string({ maxLength: 8 })),
    hostileString,
    { maxKeys: 2 },
  );
  const reversed = RANGE_PAIRS.filter(([lo, hi]) => keys.includes(lo) && keys.includes(hi));
  const ranges = reversed.length
    ? fc
        .tuple(fc.constantFrom(...reversed), anyDate, anyDate, fc.integer({ min: 0, max: 3 }))
        .map(([[lo, hi], d1, d2, style]) => {
          const [early, late] = d1 < d2 ? [d1, d2] : [d2, d1];
          const numeric = ['integer', 'number'].includes(String(props[lo]!.type));
          const text = (d: Date) => (numeric ? String(d.getTime() % 1000) : dateText(d, style % 3));
          return { [lo]: text(late), [hi]: text(early) };
        })
    : fc.constant({});
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    {
      arbitrary: fc.tuple(fields, extra, ranges).map(([f, e, r]) => ({ ...stripUndefined(f), ...e, ...r })),
      weight: 3,
    },
    { arbitrary: hostileString, weight: 1 },
  );
}

const stripUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A value as it travels in a URL: strings as they are, other scalars printed, objects as JSON. */
export const asText = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Query-string pairs for a schema (or just hostile pairs when there is none), repeated keys included. */
export function queryOf(
  schema: z.ZodType | undefined,
  extraKeys: string[] = [],
): fc.Arbitrary<[string, string][]> {
  const fromSchema: fc.Arbitrary<unknown> = schema ? valuesOf(schema) : fc.constant({});
  const keyed = extraKeys.length
    ? fc.dictionary(fc.constantFrom(...extraKeys), hostileString, { maxKeys: extraKeys.length })
    : fc.constant({});
  return fc.tuple(fromSchema, keyed, fc.boolean()).map(([value, more, repeat]) => {
    const obj = value && typeof value === 'object' && !Array.isArray(value) ? value : { q: value };
    const pairs: [string, string][] = [];
    for (const [k, v] of Object.entries({ ...more, ...(obj as Record<string, unknown>) })) {
      if (Array.isArray(v)) for (const x of v) pairs.push([k, asText(x)]);
      else pairs.push([k, asText(v)]);
    }
    if (repeat && pairs[0]) pairs.push([pairs[0][0], 'x']); // the same key twice
    return pairs;
  });
}

/** A search string from pairs (URLSearchParams sends a lone surrogate as U+FFFD, as a browser does). */
export const searchOf = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();
