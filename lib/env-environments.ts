import type { z } from 'zod';
import {
  emailList,
  issueText,
  onOff,
  problem,
  roleClaim,
  scalekitUrl,
  timeoutMs,
  webhookSecret,
} from './env-fields';
import { environmentsFromFile } from './env-environments-file';
import { environmentNameProblem, environmentVariablePrefix } from './environment-names';

/**
 * The Scalekit environments the console talks to, read from the process environment in one of three styles:
 * the legacy three variables (one environment), `SCALEKIT_ENVIRONMENTS` with `SCALEKIT_<N>_*` variables, or
 * `SCALEKIT_ENVIRONMENTS_FILE` (a JSON file that names, never holds, the secrets' variables). Every problem is
 * collected, each naming the variable to fix, so one start-up shows them all.
 */

/** Who has which role in one environment. Present only when the environment sets its own mapping. */
export interface EnvironmentRoleMapping {
  adminEmails: string[];
  supportEmails: string[];
  roleClaim: string | undefined;
}

export interface EnvironmentSettings {
  name: string;
  production: boolean;
  envUrl: string;
  clientId: string;
  clientSecret: string;
  backend: 'emulator' | 'scalekit';
  timeoutMs: number;
  /** The signing secret of this environment's webhook endpoint; undefined: webhooks off, pages poll. */
  webhookSecret: string | undefined;
  /** null: the deployment-wide mapping (AUTH_ROLE_CLAIM, ADMIN_EMAILS, ...) decides. */
  roles: EnvironmentRoleMapping | null;
}

export interface EnvironmentsConfig {
  environments: EnvironmentSettings[]; // display order
  defaultEnvironment: string | null; // null only when none is configured
}

export type Source = Record<string, string | undefined>;

export interface ParseOptions {
  /** Reads SCALEKIT_ENVIRONMENTS_FILE (tests pass their own). */
  readFile?: (path: string) => string;
}

interface Globals {
  backend: 'emulator' | 'scalekit';
  timeoutMs: number;
}

// An empty variable is an unset one (a `.env` line `X=` or a shell `export X=`).
const read = (source: Source, name: string) => (source[name]?.trim() ? source[name] : undefined);

const LEGACY = ['SCALEKIT_ENV_URL', 'SCALEKIT_CLIENT_ID', 'SCALEKIT_CLIENT_SECRET'] as const;
// Variables that describe the legacy single environment and mean nothing beside several.
const LEGACY_ONLY = ['SCALEKIT_ENV_NAME', 'SCALEKIT_ENV_PRODUCTION', 'SCALEKIT_WEBHOOK_SECRET'] as const;
const PER_ENVIRONMENT = [
  'ENV_URL',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'PRODUCTION',
  'WEBHOOK_SECRET',
  'TIMEOUT_MS',
  'ADMIN_EMAILS',
  'SUPPORT_EMAILS',
  'ROLE_CLAIM',
] as const;

/** Parses one value; on failure records a problem naming the variable and returns undefined. */
function field<T extends z.ZodType>(
  problems: string[],
  variable: string,
  schema: T,
  value: string | undefined,
): z.infer<T> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  problems.push(problem(variable, issueText(r.error)));
  return undefined;
}

function legacyEnvironment(source: Source, g: Globals, problems: string[]): EnvironmentSettings[] {
  const [url, id, secret] = LEGACY.map((v) => read(source, v));
  const name = read(source, 'SCALEKIT_ENV_NAME')?.trim() ?? 'default';
  const nameProblem = environmentNameProblem(name);
  if (nameProblem) problems.push(problem('SCALEKIT_ENV_NAME', nameProblem));
  const production = field(
    problems,
    'SCALEKIT_ENV_PRODUCTION',
    onOff,
    read(source, 'SCALEKIT_ENV_PRODUCTION'),
  );
  // The URL, a half-set trio and the webhook secret are reported by the schema (lib/env-schema.ts), which has
  // always owned those messages; here they only keep the environment out.
  if (!url || !id || !secret) return [];
  const envUrl = scalekitUrl.safeParse(url);
  const hook = read(source, 'SCALEKIT_WEBHOOK_SECRET');
  const webhook = hook === undefined ? undefined : webhookSecret.safeParse(hook);
  if (!envUrl.success || nameProblem || webhook?.success === false) return [];
  return [
    {
      name,
      production: production ?? false,
      envUrl: envUrl.data,
      clientId: id,
      clientSecret: secret,
      backend: g.backend,
      timeoutMs: g.timeoutMs,
      webhookSecret: webhook?.data,
      roles: null,
    },
  ];
}

/** The names in SCALEKIT_ENVIRONMENTS, in order: all of them, and the usable ones. */
function listedNames(list: string, problems: string[]): { all: string[]; valid: string[] } {
  const all = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (all.length === 0) {
    problems.push(problem('SCALEKIT_ENVIRONMENTS', 'list at least one environment name, comma-separated'));
  }
  const seen = new Set<string>();
  const valid = all.filter((name) => {
    const p = environmentNameProblem(name) ?? (seen.has(name) ? `"${name}" is listed twice` : null);
    seen.add(name);
    if (p) problems.push(problem('SCALEKIT_ENVIRONMENTS', p));
    return !p;
  });
  return { all, valid };
}

function variableEnvironment(
  name: string,
  source: Source,
  g: Globals,
  problems: string[],
): EnvironmentSettings | null {
  const prefix = environmentVariablePrefix(name);
  const before = problems.length;
  const required = (suffix: 'ENV_URL' | 'CLIENT_ID' | 'CLIENT_SECRET') => {
    const value = read(source, prefix + suffix);
    if (value === undefined) {
      problems.push(
        problem(prefix + suffix, `required for the environment "${name}" (listed in SCALEKIT_ENVIRONMENTS)`),
      );
    }
    return value;
  };
  const url = required('ENV_URL');
  const clientId = required('CLIENT_ID');
  const clientSecret = required('CLIENT_SECRET');
  const opt = <T extends z.ZodType>(suffix: string, schema: T) => {
    const value = read(source, prefix + suffix);
    return value === undefined ? undefined : field(problems, prefix + suffix, schema, value);
  };
  const envUrl = url === undefined ? undefined : field(problems, `${prefix}ENV_URL`, scalekitUrl, url);
  const production = opt('PRODUCTION', onOff);
  const hook = opt('WEBHOOK_SECRET', webhookSecret);
  const timeout = opt('TIMEOUT_MS', timeoutMs);
  const admins = opt('ADMIN_EMAILS', emailList);
  const support = opt('SUPPORT_EMAILS', emailList);
  const claim = opt('ROLE_CLAIM', roleClaim);
  if (problems.length > before || !envUrl || !clientId || !clientSecret) return null;
  const ownMapping = Boolean(admins?.length || support?.length || claim);
  return {
    name,
    production: production ?? name === 'production',
    envUrl,
    clientId: clientId.trim(),
    clientSecret,
    backend: g.backend,
    timeoutMs: timeout ?? g.timeoutMs,
    webhookSecret: hook,
    roles: ownMapping ? { adminEmails: admins ?? [], supportEmails: support ?? [], roleClaim: claim } : null,
  };
}

/**
 * `SCALEKIT_<N>_*` variables that belong to no configured environment: a typo in a name, or an environment
 * dropped from the list. Silently ignoring them would leave someone wondering why their setting has no effect.
 */
type Style = 'legacy' | 'variables' | 'file';

function strayVariables(source: Source, expected: Set<string>, configured: string[], style: Style) {
  const pattern = new RegExp(`^SCALEKIT_([A-Z0-9_]+?)_(${PER_ENVIRONMENT.join('|')})$`);
  return Object.keys(source)
    .filter((k) => read(source, k) !== undefined && pattern.test(k) && !expected.has(k))
    .filter((k) => !(LEGACY_ONLY as readonly string[]).includes(k))
    .sort()
    .map((k) => {
      const name = pattern.exec(k)![1].toLowerCase().replace(/_/g, '-');
      if (style === 'file') {
        return problem(
          k,
          'environments come from SCALEKIT_ENVIRONMENTS_FILE: set this in the file, or remove it',
        );
      }
      if (configured.length === 0 || style === 'legacy') {
        return problem(
          k,
          `names the environment "${name}", but SCALEKIT_ENVIRONMENTS does not list it: set SCALEKIT_ENVIRONMENTS (e.g. development,production) or remove this variable`,
        );
      }
      return problem(
        k,
        `names the environment "${name}", which SCALEKIT_ENVIRONMENTS (${configured.join(', ')}) does not list: add it there or remove this variable`,
      );
    });
}

// What to set instead of a single-environment variable, in each of the two several-environments styles.
const INSTEAD: Record<string, [variables: string, file: string]> = {
  SCALEKIT_ENV_URL: ['SCALEKIT_<NAME>_ENV_URL for each environment', "each environment's url in the file"],
  SCALEKIT_CLIENT_ID: [
    'SCALEKIT_<NAME>_CLIENT_ID for each environment',
    "each environment's client_id in the file",
  ],
  SCALEKIT_CLIENT_SECRET: [
    'SCALEKIT_<NAME>_CLIENT_SECRET for each environment',
    "each environment's client_secret_env in the file (the name of the variable holding it)",
  ],
  SCALEKIT_ENV_NAME: ['the names in SCALEKIT_ENVIRONMENTS', "each environment's name in the file"],
  SCALEKIT_ENV_PRODUCTION: [
    'SCALEKIT_<NAME>_PRODUCTION for each environment',
    "each environment's production flag in the file",
  ],
  SCALEKIT_WEBHOOK_SECRET: [
    'SCALEKIT_<NAME>_WEBHOOK_SECRET for each environment',
    "each environment's webhook_secret_env in the file",
  ],
};

/** Reads the environments; returns them with every problem found (empty when all is well). */
export function parseEnvironments(
  source: Source,
  g: Globals,
  opts: ParseOptions = {},
): EnvironmentsConfig & { problems: string[] } {
  const problems: string[] = [];
  const list = read(source, 'SCALEKIT_ENVIRONMENTS');
  const file = read(source, 'SCALEKIT_ENVIRONMENTS_FILE');
  if (list !== undefined && file !== undefined) {
    problems.push(
      problem(
        'SCALEKIT_ENVIRONMENTS_FILE',
        'set either SCALEKIT_ENVIRONMENTS_FILE or SCALEKIT_ENVIRONMENTS, not both',
      ),
    );
  }
  const several =
    list !== undefined ? 'SCALEKIT_ENVIRONMENTS' : file !== undefined ? 'SCALEKIT_ENVIRONMENTS_FILE' : null;
  if (several) {
    for (const v of [...LEGACY, ...LEGACY_ONLY].filter((x) => read(source, x) !== undefined)) {
      const instead = INSTEAD[v][several === 'SCALEKIT_ENVIRONMENTS' ? 0 : 1];
      problems.push(
        problem(
          v,
          `describes a single environment and cannot be combined with ${several}: remove it and set ${instead}`,
        ),
      );
    }
  }

  let environments: EnvironmentSettings[] = [];
  let names: string[] = []; // every environment named, even one whose settings are wrong
  let expected = new Set<string>();
  let style: Style = 'legacy';
  if (list !== undefined) {
    style = 'variables';
    const listed = listedNames(list, problems);
    names = listed.valid;
    expected = new Set(
      listed.all.flatMap((n) => PER_ENVIRONMENT.map((s) => environmentVariablePrefix(n) + s)),
    );
    environments = listed.valid.flatMap((n) => variableEnvironment(n, source, g, problems) ?? []);
  } else if (file !== undefined) {
    style = 'file';
    const r = environmentsFromFile(file, source, g, opts.readFile);
    problems.push(...r.problems);
    environments = r.environments;
    names = r.names;
    expected = new Set(r.variables);
  } else {
    environments = legacyEnvironment(source, g, problems);
    names = environments.map((e) => e.name);
  }
  problems.push(...strayVariables(source, expected, names, style));

  const wanted = read(source, 'SCALEKIT_DEFAULT_ENVIRONMENT')?.trim();
  let defaultEnvironment = environments[0]?.name ?? null;
  if (wanted !== undefined) {
    if (names.includes(wanted)) defaultEnvironment = wanted;
    else {
      problems.push(
        problem(
          'SCALEKIT_DEFAULT_ENVIRONMENT',
          names.length
            ? `"${wanted}" is not one of the configured environments (${names.join(', ')})`
            : `"${wanted}" names an environment, but none is configured`,
        ),
      );
    }
  }
  return { environments, defaultEnvironment, problems };
}
