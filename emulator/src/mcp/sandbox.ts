/**
 * Sandbox tool implementations: deterministic synthetic data for an identifier (same input, same output),
 * so agents and tests can call tools without any real provider.
 */
import { hash32, prng } from '../store/prng';
import type { CatalogTool } from '../store/types';

type Args = Record<string, unknown>;
const SUBJECTS = [
  'Quarterly plan',
  'Lunch on Friday?',
  'Invoice #4821',
  'Design review notes',
  'Welcome aboard',
];
const PEOPLE = ['Priya Shah', 'Marco Rossi', 'Lena Fischer', 'Kenji Sato', 'Ada Obi'];

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)];
}

const specific: Record<string, (identifier: string, args: Args, rand: () => number) => unknown> = {
  gmail_fetch_mails: (identifier, args, rand) => {
    const n = Math.min(Number(args.max_results ?? args.maxResults ?? 3) || 3, 10);
    return {
      messages: Array.from({ length: n }, (_, i) => ({
        id: `msg_${Math.floor(rand() * 1e9).toString(36)}`,
        from: `${pick(rand, PEOPLE)} <${pick(rand, ['priya', 'marco', 'lena', 'kenji', 'ada'])}@example.org>`,
        to: identifier,
        subject: pick(rand, SUBJECTS),
        snippet: `Message ${i + 1} for ${identifier}`,
        date: new Date(Date.UTC(2026, 10, 20, 9 + i)).toISOString(),
      })),
    };
  },
  gmail_send_message: (identifier, args, rand) => ({
    id: `msg_${Math.floor(rand() * 1e9).toString(36)}`,
    from: identifier,
    to: args.to ?? args.recipient ?? null,
    subject: args.subject ?? null,
    status: 'SENT',
  }),
  googlecalendar_create_event: (identifier, args, rand) => ({
    id: `evt_${Math.floor(rand() * 1e9).toString(36)}`,
    organizer: identifier,
    summary: args.summary ?? args.title ?? 'Untitled event',
    start: args.start_datetime ?? args.start ?? null,
    end: args.end_datetime ?? args.end ?? null,
    attendees: args.attendees ?? [],
    status: 'confirmed',
  }),
  googlecalendar_list_events: (identifier, _args, rand) => ({
    items: Array.from({ length: 3 }, (_, i) => ({
      id: `evt_${Math.floor(rand() * 1e9).toString(36)}`,
      summary: pick(rand, ['Standup', '1:1', 'Planning', 'Customer call']),
      organizer: identifier,
      start: new Date(Date.UTC(2026, 10, 24, 9 + i * 2)).toISOString(),
    })),
  }),
  slack_send_message: (_identifier, args, rand) => ({
    ok: true,
    channel: args.channel ?? null,
    ts: `${1763900000 + Math.floor(rand() * 1e5)}.000100`,
    text: args.text ?? '',
  }),
};

export function runSandboxTool(tool: CatalogTool, identifier: string, args: Args): unknown {
  const rand = prng(hash32(`${identifier}|${tool.name}|${JSON.stringify(args)}`));
  const impl = specific[tool.name];
  if (impl) return impl(identifier, args, rand);
  const id = `${tool.connector}_${Math.floor(rand() * 1e9).toString(36)}`;
  if (tool.readOnly) {
    return {
      items: Array.from({ length: 3 }, (_, i) => ({
        id: `${id}_${i}`,
        name: `${tool.connector} item ${i + 1}`,
        owner: identifier,
      })),
      tool: tool.name,
    };
  }
  return { id, ok: true, tool: tool.name, input: args, performed_for: identifier };
}

/** Checks arguments against the catalog's schema: required parameters and JSON types. */
export function checkArguments(tool: CatalogTool, args: Args): string | undefined {
  for (const name of tool.inputSchema.required) {
    if (args[name] === undefined || args[name] === null || args[name] === '')
      return `missing required argument "${name}"`;
  }
  for (const [name, value] of Object.entries(args)) {
    const spec = tool.inputSchema.properties[name];
    if (!spec) return `unknown argument "${name}"`;
    const ok =
      spec.type === 'string'
        ? typeof value === 'string'
        : spec.type === 'integer'
          ? Number.isInteger(value)
          : spec.type === 'number'
            ? typeof value === 'number'
            : spec.type === 'boolean'
              ? typeof value === 'boolean'
              : spec.type === 'array'
                ? Array.isArray(value)
                : spec.type === 'object'
                  ? typeof value === 'object' && value !== null && !Array.isArray(value)
                  : true;
    if (!ok) return `argument "${name}" must be of type ${spec.type}`;
  }
  return undefined;
}
