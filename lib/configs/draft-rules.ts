/**
 * The rules a config draft must meet, written once and zod-free: the editor runs them in the browser for
 * instant messages (classic zod would add ~31 kB gzipped, zod/mini ~16 kB, to the editor's first load), and
 * `schema.ts` runs the same function inside the server's zod schemas, so the two can never disagree.
 */
export const NAME_PATTERN = /^[a-z0-9_-]+$/;
export const MAX_CONNECTIONS = 25;
export const MAX_TOOLS_PER_CONNECTION = 5000;
export const MAX_NAME = 100;
export const MAX_DESCRIPTION = 2000;

export interface DraftIssue {
  /** Where the message goes: `name`, `description`, `mappings`, `mappings.2.tools`, ... */
  path: (string | number)[];
  message: string;
}

export function nameIssues(raw: string): string[] {
  const name = raw.trim();
  if (name.length === 0) return ['Give the config a name'];
  if (name.length > MAX_NAME) return [`Names are at most ${MAX_NAME} characters`];
  if (!NAME_PATTERN.test(name))
    return ['Name can use lowercase letters, digits, hyphens and underscores only'];
  return [];
}

export function descriptionIssues(raw: string): string[] {
  return raw.trim().length > MAX_DESCRIPTION
    ? [`Descriptions are at most ${MAX_DESCRIPTION} characters`]
    : [];
}

export function mappingsIssues(
  mappings: readonly { connectionName: string; allTools: boolean; tools: readonly string[] }[],
): DraftIssue[] {
  const out: DraftIssue[] = [];
  if (mappings.length > MAX_CONNECTIONS) {
    out.push({ path: [], message: `A config can map at most ${MAX_CONNECTIONS} connections` });
  }
  const seen = new Set<string>();
  mappings.forEach((m, i) => {
    if (m.connectionName === '') out.push({ path: [i, 'connectionName'], message: 'Choose a connection' });
    else if (seen.has(m.connectionName)) {
      out.push({ path: [i, 'connectionName'], message: `${m.connectionName} is added twice` });
    }
    seen.add(m.connectionName);
    if (m.tools.length > MAX_TOOLS_PER_CONNECTION) {
      out.push({ path: [i, 'tools'], message: `At most ${MAX_TOOLS_PER_CONNECTION} tools per connection` });
    }
    if (!m.allTools && m.tools.length === 0) {
      out.push({
        path: [i, 'tools'],
        message: `Choose at least one ${m.connectionName} tool, or "all tools"`,
      });
    }
  });
  return out;
}

/** Every message for a draft, keyed by field path as forms show them (`mappings.0.tools`). */
export function draftFieldErrors(draft: {
  name?: string;
  description: string;
  mappings: Parameters<typeof mappingsIssues>[0];
}): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const add = (key: string, message: string) => (found[key] ??= []).push(message);
  if (draft.name !== undefined) nameIssues(draft.name).forEach((m) => add('name', m));
  descriptionIssues(draft.description).forEach((m) => add('description', m));
  for (const i of mappingsIssues(draft.mappings)) add(['mappings', ...i.path].join('.'), i.message);
  return found;
}
